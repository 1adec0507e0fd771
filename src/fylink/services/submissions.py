"""报送 from county to city: the 报送包, its collection and review, and the city's roll-up.

A 报送包 is one .zip file with three members:

* ``manifest.json`` — the format, the office (name, region, 行政区划代码), the city it is
  for, the period, the 填报人, the day it was made, the county journal's head, the digest
  algorithm, each other member's digest and the package digest;
* ``figures.json`` — the county's figures: the raw numerators and denominators of every
  summed indicator for the period and the same period a year earlier (amounts in 分), the
  report as ``report quarterly --json`` has it (headline, per-unit rows), the definitions
  (口径) and settings used;
* ``figures.xlsx`` — the same report as the quarterly workbook, for people.

The package digest is the digest (SHA-256, or SM3 where the Python build has it) of the
manifest's canonical JSON without the ``digest`` field; the manifest names each member's
digest, so changing any byte of any member, or of the manifest, is found at collection.
A digest shows a package was not altered after it was made; it does not prove who made it
(the county reads the digest to the city by phone where that matters).

At the city a collected package is stored as the county's return for the period
(``region_return``), 待审 until reviewed: 通过 or 退回 with a reason. A new package for the
same county and period supersedes a 待审 or 退回 return (kept, with ``superseded_by_id``).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from fylink import tables
from fylink.domain import indicators as ind
from fylink.domain.indicators import Period, parse_code
from fylink.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    SubmissionRefused,
)
from fylink.services import reports

if TYPE_CHECKING:
    from sqlmodel import Session

    from fylink.config import SubmitSettings
    from fylink.models import RegionReturn

FORMAT = "fylink-报送包/1"
MEMBERS = ("figures.json", "figures.xlsx")
DIGESTS = ("sha256", "sm3")

PENDING, ACCEPTED, RETURNED = "待审", "通过", "退回"


# --- digests -----------------------------------------------------------------------------------


def digest_available(algo: str) -> bool:
    return algo in hashlib.algorithms_available


def _hasher(algo: str) -> Any:
    if algo not in DIGESTS:
        raise InvalidInputError(f"不支持的摘要算法“{algo}”：可选 sha256、sm3")
    if not digest_available(algo):
        raise InvalidInputError("本机的 Python 不支持 SM3 摘要（OpenSSL 未提供），请改用 sha256")
    return hashlib.new(algo)


def _digest(algo: str, data: bytes) -> str:
    hasher = _hasher(algo)
    hasher.update(data)
    return str(hasher.hexdigest())


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def deadline(period: Period, day: int) -> date:
    """The day a return for ``period`` is due: ``day`` of the month after the period ends."""
    end = period.end
    year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
    return date(year, month, day)


# --- the county: making a package --------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    path: Path
    digest_algo: str
    digest: str
    manifest: dict[str, Any]


def make_package(
    *,
    session: Session,
    period: Period,
    today: date,
    out: Path,
    options: reports.Options,
    submit: SubmitSettings,
    to: str,
    filled_by: str,
    algo: str = "sha256",
    force: bool = False,
) -> Package:
    """Write the 报送包 of ``period`` to ``out`` and journal it; return its digest."""
    from fylink.documents.report_workbook import write_workbook
    from fylink.errors import DocumentError
    from fylink.outputs import check_output
    from fylink.services import anchors, journal

    _hasher(algo)
    check_output(out, force=force, error=DocumentError)
    if period.end > today:
        raise ConflictError(f"{period.label}尚未结束（截至{period.end.isoformat()}），不能报送")
    report = reports.build_report(session=session, period=period, today=today, options=options)
    office = report["office"]
    if not office["region"]:
        raise InvalidInputError(
            "本办公室未登记所属地区（fylink init --region），市级无法识别报送的县"
        )
    sums = reports.period_sums(session=session, period=period, today=today, options=options)
    figures = {
        "sums": {"current": sums[0], "last_year": sums[1]},
        "keys": list(reports.SUM_KEYS),
        "report": report,
    }
    figures_bytes = _canonical(figures)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        book = write_workbook(report, Path(folder) / "figures.xlsx")
        xlsx_bytes = book.read_bytes()
    head = anchors.head(session)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "office": {
            "name": office["name"],
            "region": office["region"],
            "region_code": submit.region_code,
        },
        "to": to,
        "period": period.public(),
        "filled_by": filled_by,
        "made_on": today.isoformat(),
        "journal_head": {"seq": head.seq, "hash": head.hash},
        "digest_algo": algo,
        "members": {
            "figures.json": _digest(algo, figures_bytes),
            "figures.xlsx": _digest(algo, xlsx_bytes),
        },
    }
    digest = _digest(algo, _canonical(manifest))
    manifest["digest"] = digest
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr("figures.json", figures_bytes)
        archive.writestr("figures.xlsx", xlsx_bytes)
    from fylink.outputs import os_reason

    try:
        Path(out).write_bytes(buffer.getvalue())
    except OSError as error:
        raise DocumentError(f"无法写入 {out}：{os_reason(error)}") from None
    journal.note(
        session,
        action="submit",
        entity="report_submission",
        details={
            "period": period.code,
            "to": to,
            "file": Path(out).name,
            "digest_algo": algo,
            "digest": digest,
            "journal_head": f"{head.hash}@{head.seq}",
        },
    )
    return Package(path=Path(out), digest_algo=algo, digest=digest, manifest=manifest)


# --- the city: collecting, reviewing -----------------------------------------------------------


def read_package(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The manifest and figures of a package, verified; SubmissionRefused otherwise."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as archive:
            members = {n: archive.read(n) for n in ("manifest.json", *MEMBERS)}
    except FileNotFoundError:
        raise NotFoundError(f"报送包 {path} 不存在") from None
    except (zipfile.BadZipFile, KeyError, OSError):
        raise SubmissionRefused(
            f"{name} 不是 fylink 报送包（应为 report submit 生成的 .zip）"
        ) from None
    try:
        manifest = json.loads(members["manifest.json"])
        figures = json.loads(members["figures.json"])
    except ValueError:
        raise SubmissionRefused(f"{name} 已被改动：内容无法读取，不予接收") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SubmissionRefused(f"{name} 不是 fylink 报送包（格式标识不符）")
    algo = str(manifest.get("digest_algo", ""))
    if algo not in DIGESTS:
        raise SubmissionRefused(f"{name} 的摘要算法“{algo}”不受支持，不予接收")
    if not digest_available(algo):
        raise SubmissionRefused(f"{name} 用 SM3 摘要，本机的 Python 不支持 SM3，无法核验")
    claimed = manifest.get("digest")
    body = {k: v for k, v in manifest.items() if k != "digest"}
    listed = manifest.get("members") or {}
    if _digest(algo, _canonical(body)) != claimed or any(
        _digest(algo, members[m]) != listed.get(m) for m in MEMBERS
    ):
        raise SubmissionRefused(f"{name} 摘要核验不符：文件在生成后被改动过，不予接收")
    return manifest, figures


def _addressed_to(to: str, office: dict[str, str]) -> bool:
    """Whether a package's 报送对象 names this office: a county clerk writes the office's
    full name, the joint meeting's name, or just the city (衡水市 for
    衡水市府院联动联席会议办公室)."""
    wanted = "".join(to.split())
    names = (office.get("name", ""), office.get("meeting_name", ""), office.get("region", ""))
    return any(wanted == "".join(n.split()) for n in names if n)


def collect(
    *,
    session: Session,
    paths: list[Path],
    period: Period,
    today: date,
    submit: SubmitSettings,
) -> list[tuple[RegionReturn, RegionReturn | None]]:
    """Verify each package and store it as its county's return for ``period``; all or
    nothing. Returns (the new return, the one it supersedes or None) per file."""
    from sqlmodel import select as sm_select

    from fylink.models import RegionReturn
    from fylink.services import journal

    office = reports._office(session)
    shared = _register_regions(session, office["region"])
    seen: set[str] = set()
    out = []
    for path in paths:
        name = Path(path).name
        manifest, figures = read_package(path)
        code = manifest["period"]["code"]
        if code != period.code:
            label = manifest["period"].get("label", code)
            raise SubmissionRefused(
                f"{name} 是{label}的报送包，不是要收的{period.label}的，不予接收"
            )
        to = str(manifest.get("to") or "")
        if to and office["name"] and not _addressed_to(to, office):
            raise SubmissionRefused(f"{name} 是报送{to}的，不是报送本办公室（{office['name']}）的")
        region = str(manifest["office"].get("region") or "")
        if not region or region == office["region"]:
            raise SubmissionRefused(f"{name} 的地区“{region}”是本级，不是下级县（市、区）")
        if region in shared:
            raise SubmissionRefused(
                f"{region}的单位登记在本库中，其数字直接从台账统计，不收报送包（{name}）"
            )
        if submit.counties and region not in submit.counties:
            raise SubmissionRefused(
                f"{name} 的地区“{region}”不在配置项 submit.counties 所列的县（市、区）之中"
            )
        if region in seen:
            raise SubmissionRefused(f"一次只能收{region}的一个报送包（{name}）")
        seen.add(region)
        duplicate = session.exec(
            sm_select(RegionReturn).where(RegionReturn.digest == manifest["digest"])
        ).first()
        if duplicate is not None:
            raise SubmissionRefused(
                f"{name} 已于{duplicate.received_on.isoformat()}收过（{region}{period.label}），"
                "重复的报送包不予接收"
            )
        current = _current(session, region, period.code)
        if current is not None and current.state == ACCEPTED:
            raise SubmissionRefused(
                f"{region}{period.label}的报送已审核通过；如需更正，请先"
                f"“fylink report review {region} --return 理由”退回"
            )
        row = RegionReturn(
            region=region,
            region_code=str(manifest["office"].get("region_code") or "")[:12],
            office_name=str(manifest["office"].get("name") or "")[:100],
            period=period.code,
            year=period.year,
            state=PENDING,
            reason="",
            digest_algo=manifest["digest_algo"],
            digest=manifest["digest"],
            journal_head=(
                f"{manifest['journal_head']['hash']}@{manifest['journal_head']['seq']}"
                if manifest.get("journal_head")
                else ""
            ),
            filled_by=str(manifest.get("filled_by") or "")[:50],
            made_on=date.fromisoformat(manifest["made_on"]),
            received_on=today,
            file_name=name[:255],
            data={"manifest": manifest, "figures": figures},
            created_at=datetime.now(UTC),
        )
        journal.insert(session, row)
        if current is not None:
            journal.update(session, current, {"superseded_by_id": row.id})
        out.append((row, current))
    return out


def _current(session: Session, region: str, code: str) -> RegionReturn | None:
    from sqlmodel import select as sm_select

    from fylink.models import RegionReturn

    return session.exec(
        sm_select(RegionReturn).where(
            RegionReturn.region == region,
            RegionReturn.period == code,
            RegionReturn.superseded_by_id.is_(None),  # type: ignore[union-attr]
        )
    ).first()


def review(
    *,
    session: Session,
    region: str,
    period: Period | None,
    accept: bool,
    reason: str,
    today: date,
    actor: str,
) -> RegionReturn:
    """通过 a 待审 return, or 退回 a 待审 or 通过 one with a reason."""
    from sqlmodel import select as sm_select

    from fylink.models import RegionReturn
    from fylink.services import journal

    region = region.strip()
    query = sm_select(RegionReturn).where(
        RegionReturn.region == region,
        RegionReturn.superseded_by_id.is_(None),  # type: ignore[union-attr]
    )
    if period is not None:
        query = query.where(RegionReturn.period == period.code)
    found = list(session.exec(query.order_by(RegionReturn.id)))  # type: ignore[arg-type]
    if not found:
        where = f"{region}{period.label if period else ''}"
        raise NotFoundError(f"没有{where}的报送：先用 fylink report collect 接收报送包")
    if len(found) > 1:
        labels = "、".join(parse_code(r.period).label for r in found)
        raise InvalidInputError(f"{region}有多个期间的报送（{labels}），请用 --year 等给出期间")
    row = found[0]
    label = f"{region}{parse_code(row.period).label}的报送"
    if accept:
        if row.state != PENDING:
            raise ConflictError(f"{label}已{row.state}，只能审核待审的报送")
        values: dict[str, Any] = {"state": ACCEPTED, "reason": ""}
    else:
        if not reason.strip():
            raise InvalidInputError("请写明退回理由：--return 理由")
        if row.state == RETURNED:
            raise ConflictError(f"{label}已退回，等待重新报送")
        values = {"state": RETURNED, "reason": reason.strip()}
    values |= {"reviewed_on": today, "reviewed_by": actor[:50]}
    return journal.update(session, row, values)


# --- listing returns, late and missing ---------------------------------------------------------


def _register_regions(session: Any, own: str) -> list[str]:
    """Regions of units in this register other than the office's own (counties sharing
    the city's database)."""
    u = tables.unit.c
    rows = session.execute(select(u.region).where(u.region != "").distinct().order_by(u.region))
    return [r for (r,) in rows if r and r != own]


def _return_row(row: Any, due: date | None) -> dict[str, Any]:
    period = parse_code(row.period)
    return {
        "id": row.id,
        "region": row.region,
        "region_code": row.region_code,
        "office": row.office_name,
        "period": row.period,
        "period_label": period.label,
        "state": row.state,
        "reason": row.reason,
        "filled_by": row.filled_by,
        "made_on": row.made_on.isoformat(),
        "received_on": row.received_on.isoformat(),
        "reviewed_on": row.reviewed_on.isoformat() if row.reviewed_on else None,
        "due": due.isoformat() if due else None,
        "late": bool(due and row.received_on > due),
        "superseded": row.superseded_by_id is not None,
        "digest": f"{row.digest_algo}:{row.digest}",
        "file": row.file_name,
    }


def list_returns(
    *, session: Any, period: Period | None, today: date, submit: SubmitSettings
) -> dict[str, Any]:
    """Every return (of ``period``, or all), oldest first, with the history kept; for a
    period also the counties expected (submit.counties) that have none: 未报 / 逾期未报."""
    r = tables.region_return.c
    query = select(
        r.id,
        r.region,
        r.region_code,
        r.office_name,
        r.period,
        r.state,
        r.reason,
        r.filled_by,
        r.made_on,
        r.received_on,
        r.reviewed_on,
        r.superseded_by_id,
        r.digest_algo,
        r.digest,
        r.file_name,
    ).order_by(r.period, r.region, r.id)
    if period is not None:
        query = query.where(r.period == period.code)
    rows = []
    for row in session.execute(query):
        due = deadline(parse_code(row.period), submit.deadline_day)
        rows.append(_return_row(row, due))
    missing = []
    period_due = deadline(period, submit.deadline_day) if period is not None else None
    if period is not None:
        # counties whose units are in this register are read from it, not sent
        own = session.execute(select(tables.office.c.region)).scalar()
        have = {row["region"] for row in rows} | set(_register_regions(session, own or ""))
        for county in submit.counties:
            if county not in have:
                missing.append(
                    {
                        "region": county,
                        "due": period_due.isoformat() if period_due else None,
                        "overdue": bool(period_due and today > period_due),
                    }
                )
    return {
        "period": period.public() if period else None,
        "due": period_due.isoformat() if period_due else None,
        "returns": rows,
        "missing": missing,
    }


# --- the roll-up -------------------------------------------------------------------------------


def _add(a: dict[str, int], b: dict[str, Any]) -> dict[str, int]:
    return {k: int(a.get(k, 0)) + int(b.get(k, 0)) for k in set(a) | set(b)}


def _minus(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: int(a.get(k, 0)) - int(b.get(k, 0)) for k in set(a) | set(b)}


def _figures_of(
    definitions: dict[str, ind.Definition], sums: list[dict[str, int]]
) -> dict[str, dict[str, Any]]:
    """Each summed figure recomputed from its summed numerator and denominator."""
    out = {}
    for key in reports.SUM_KEYS:
        d = definitions[key]
        numbers = []
        for part in sums:
            n = part.get(f"{key}__n", 0)
            den = part.get(f"{key}__d", 0) if d.denominator else None
            numbers.append((n, den))
        value = ind.value_of(d.kind, *numbers[0])
        value_ly = ind.value_of(d.kind, *numbers[1])
        yoy = ind.change(d.kind, value_ly, value)
        out[key] = {
            "name": d.name,
            # Amounts in 分, as summed (the display and the fraction are in 元).
            "numerator": numbers[0][0],
            "denominator": numbers[0][1],
            "fraction": ind.fraction(d, *numbers[0]),
            "value": ind.to_json_number(value),
            "display": ind.format_value(d.kind, value),
            "last_year": ind.format_value(d.kind, value_ly),
            "yoy": ind.to_json_number(yoy),
            "yoy_display": ind.format_change_with_arrow(d.kind, yoy),
        }
    return out


def by_region(
    *,
    session: Any,
    period: Period,
    today: date,
    options: reports.Options,
    submit: SubmitSettings,
) -> dict[str, Any]:
    """The city's figures: its own register (市本级 and the counties whose units are in it,
    by the unit's region) and the accepted returns of the counties with their own database,
    added numerator to numerator and denominator to denominator (rates are recomputed,
    never averaged); a row per county, and the counties missing, late or not yet accepted."""
    if period.start > today:
        raise InvalidInputError(f"{period.label}尚未开始，无法统计")
    definitions = ind.definitions(options.indicators)
    office = reports._office(session)
    own = office["region"]
    total = reports.period_sums(session=session, period=period, today=today, options=options)
    rows: list[dict[str, Any]] = []
    counties_sum: list[dict[str, int]] = [{}, {}]
    for region in _register_regions(session, own):
        sums = reports.period_sums(
            session=session,
            period=period,
            today=today,
            options=options,
            scope=reports.Scope(region=region),
        )
        counties_sum = [_add(counties_sum[i], sums[i]) for i in range(2)]
        rows.append(
            {"region": region, "source": "本库台账", "state": "", "counted": True, "sums": sums}
        )
    city_own = [_minus(total[i], counties_sum[i]) for i in range(2)]
    rows.insert(
        0,
        {"region": f"{own or '本级'}（本级）", "source": "本库台账", "state": "", "sums": city_own},
    )
    listing = list_returns(session=session, period=period, today=today, submit=submit)
    city = list(total)
    pending = []
    for ret in listing["returns"]:
        if ret["superseded"]:
            continue
        data = _return_data(session, ret["id"])
        sums = [data["sums"]["current"], data["sums"]["last_year"]]
        counted = ret["state"] == ACCEPTED
        if counted:
            city = [_add(city[i], sums[i]) for i in range(2)]
        else:
            pending.append(ret)
        rows.append(
            {
                "region": ret["region"],
                "source": "报送包",
                "state": ret["state"]
                + ("（逾期）" if ret["late"] else "")
                + ("" if counted else "，未计入全市"),
                "counted": counted,
                "received_on": ret["received_on"],
                "late": ret["late"],
                "sums": sums,
            }
        )
    for row in rows:
        row["indicators"] = _figures_of(definitions, row.pop("sums"))
    late = [r for r in listing["returns"] if r["late"] and not r["superseded"]]
    notes = [
        "全市数字 = 本库台账（本级及在本库登记单位的县）+ 已审核通过的报送包；"
        "比率由分子、分母分别相加后重算，不取平均",
        "万人成讼率须各地常住人口和法院收案数，汇总表不计算",
        f"报送期限：期间结束后次月{submit.deadline_day}日（配置项 submit.deadline_day）",
    ]
    if pending:
        notes.append(
            "未计入全市数字（尚未审核通过）："
            + "、".join(f"{r['region']}（{r['state']}）" for r in pending)
        )
    return {
        "period": period.public(),
        "office": office,
        "due": listing["due"],
        "city": _figures_of(definitions, city),
        "regions": rows,
        "missing": listing["missing"],
        "late": [{"region": r["region"], "received_on": r["received_on"]} for r in late],
        "pending": [{"region": r["region"], "state": r["state"]} for r in pending],
        "notes": notes,
        "generated_on": today.isoformat(),
    }


def _return_data(session: Any, return_id: int) -> dict[str, Any]:
    r = tables.region_return.c
    data = session.execute(select(r.data).where(r.id == return_id)).scalar_one()
    if isinstance(data, str):
        data = json.loads(data)
    return dict(data["figures"])
