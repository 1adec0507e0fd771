"""``fylink unit`` and ``fylink person``: the roster."""

from pathlib import Path
from typing import Any, Optional

import typer

from fylink.cli import render, transfer
from fylink.cli.common import merged_unit_note, new_app, parse_day, parse_yes_no, reading, session

unit_app = new_app("成员单位：添加、查看、修改。")
person_app = new_app("人员名册：召集人、成员、联络员。")


@unit_app.command("add")
def unit_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="单位全称，如 示范县自然资源局"),
    kind: str = typer.Option(
        "政府部门", "--kind", help="单位类型：政府部门、法院、检察院、乡镇街道、其他"
    ),
    short_name: Optional[str] = typer.Option(None, "--short", help="简称，如 县自然资源局"),
    region: str = typer.Option("", "--region", help="所属地区"),
    member: bool = typer.Option(True, "--member/--not-member", help="是否联席会议成员单位"),
    liaison: str = typer.Option("", "--liaison", help="联络员姓名"),
    phone: str = typer.Option("", "--phone", help="联络员电话"),
    email: str = typer.Option("", "--email", help="联络员邮箱（用于督办提醒）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """添加一个单位。"""
    from fylink.cli import views
    from fylink.services import units

    with session(ctx, write=True) as db:
        unit = units.add_unit(
            session=db,
            unit_in=units.UnitIn(
                name=name,
                kind=kind,
                short_name=short_name,
                region=region,
                is_member=member,
                liaison_name=liaison,
                liaison_phone=phone,
                liaison_email=email,
            ),
        )
    if as_json:
        render.print_json(views.unit_public(unit))
    else:
        render.message(f"已添加单位：{unit.name}（编号 {unit.id}）")


@unit_app.command("list")
def unit_list(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, "--kind", help="只列某类单位"),
    members: bool = typer.Option(False, "--members", help="只列联席会议成员单位"),
    with_merged: bool = typer.Option(
        False, "--all", help="连同已并入其他单位（机构改革）的原单位，注明并入何处"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出单位（已并入其他单位的原单位加 --all 才列出）。"""
    from fylink.cli import views
    from fylink.services import reads
    from fylink.services.unit_names import merged_text

    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        rows = reads.units(db, kind=kind, members_only=members, with_merged=with_merged)
        by_id = {u.id: u for u in reads.units(db, with_merged=True)}
    if as_json:
        render.print_json(
            [
                views.unit_public(
                    u,
                    _name_of(by_id, u.direct_successor_id or u.merged_into_id),
                    _name_of(by_id, u.merged_into_id),
                )
                for u in rows
            ]
        )
        return
    merged_notes = [
        merged_text(u, by_id.get, listed=True)
        for u in rows
        if u.merged_into_id is not None and u.merged_on is not None
    ]
    render.table(
        ["编号", "单位名称", "简称", "类型", "地区", "成员单位", "联络员", "联络电话"],
        [
            (
                u.id,
                u.name,
                u.short_name,
                u.kind,
                u.region,
                u.is_member,
                u.liaison_name,
                u.liaison_phone,
            )
            for u in rows
        ],
        title="单位名册",
        caption=f"共 {len(rows)} 个单位",
    )
    for line in merged_notes:
        render.message(f"注：{line}")


def _name_of(by_id: dict[Any, Any], unit_id: int | None) -> str | None:
    unit = by_id.get(unit_id) if unit_id is not None else None
    return unit.name if unit is not None else None


@unit_app.command("show")
def unit_show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="单位全称、简称或编号"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一个单位：联络员、人员和案件数。"""
    from fylink.cli import views
    from fylink.services import reads

    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        unit = reads.unit(db, name)
        persons = reads.persons(db, unit=unit.name)
        former = reads.former_names(db, unit.id)
        renamed = reads.renamed_note(db, wanted=name, unit=unit)
        merged = reads.merged_note(db, unit)
        successor = reads.direct_successor_name(db, unit)
        current = reads.successor_name(db, unit)
        counts = reads.unit_case_counts(db, unit.id)
    if as_json:
        data = views.unit_public(unit, successor, current)
        data["persons"] = [views.person_public(p, u) for p, u in persons]
        data["cases"] = counts
        data["former_names"] = [
            {
                "name": f.name,
                "short_name": f.short_name,
                "valid_from": f.valid_from,
                "valid_until": f.valid_until,
            }
            for f in former
        ]
        render.print_json(data)
        return
    if renamed:
        render.warn(renamed)
    if merged:
        render.warn(merged)
    render.fields(
        [
            ("单位名称", unit.name),
            ("简称", unit.short_name),
            ("类型", unit.kind),
            ("地区", unit.region),
            ("成员单位", unit.is_member),
            ("联络员", unit.liaison_name),
            ("联络电话", unit.liaison_phone),
            ("联络邮箱", unit.liaison_email),
            ("案件", "、".join(f"{k}{v}件" for k, v in counts.items()) or "无"),
            ("备注", unit.note),
            *(
                [("并入", f"{successor}（自 {unit.merged_on.isoformat()} 起）")]
                if successor and unit.merged_on
                else []
            ),
            # 机构改革 again: the unit it went into was merged on in turn.
            *([("现归属", current)] if current and current != successor else []),
            *(
                [
                    (
                        "曾用名",
                        "；".join(f"{f.name}（至 {f.valid_until.isoformat()}）" for f in former),
                    )
                ]
                if former
                else []
            ),
        ],
        title=unit.name,
    )
    if persons:
        render.table(
            ["姓名", "职务", "角色", "电话"],
            [(p.name, p.title, p.role, p.phone) for p, _ in persons],
            title="人员",
        )


@unit_app.command("update")
def unit_update(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="单位全称、简称或编号"),
    new_name: Optional[str] = typer.Option(None, "--name", help="新的单位全称"),
    short_name: Optional[str] = typer.Option(None, "--short", help="简称（写空字符串可清除）"),
    kind: Optional[str] = typer.Option(None, "--kind", help="单位类型"),
    region: Optional[str] = typer.Option(None, "--region", help="所属地区"),
    member: Optional[str] = typer.Option(None, "--member", help="是否成员单位：是/否"),
    liaison: Optional[str] = typer.Option(None, "--liaison", help="联络员姓名"),
    phone: Optional[str] = typer.Option(None, "--phone", help="联络员电话"),
    email: Optional[str] = typer.Option(None, "--email", help="联络员邮箱"),
    note: Optional[str] = typer.Option(None, "--note", help="备注"),
    renamed_on: Optional[str] = typer.Option(
        None, "--on", help="改名时：新名称启用之日（默认今天）；此前的文件仍用原名称"
    ),
) -> None:
    """修改单位信息（只改给出的项）。改名（机构改革）时保留原名称及其有效期：按原名称仍可查到，
    此前日期的纪要等文件仍印原名称。"""
    from fylink import clock
    from fylink.services import units

    changes: dict[str, Any] = {
        key: value
        for key, value in {
            "name": new_name,
            "short_name": short_name,
            "kind": kind,
            "region": region,
            "liaison_name": liaison,
            "liaison_phone": phone,
            "liaison_email": email,
            "note": note,
        }.items()
        if value is not None
    }
    if member is not None:
        changes["is_member"] = parse_yes_no(member, "是否成员单位")
    if not changes:
        render.warn("没有要修改的内容：请给出至少一个选项，如 --liaison 张三")
        raise typer.Exit(2)
    with session(ctx, write=True) as db:
        found = units.find_unit(session=db, name=name)
        former = {(u.name, u.short_name) for u in units.former_names(session=db, unit=found)}
        unit = units.update_unit(
            session=db,
            name=name,
            changes=changes,
            renamed_on=parse_day(renamed_on, "更名日期") or clock.today(),
        )
        kept = [
            f
            for f in units.former_names(session=db, unit=unit)
            if (f.name, f.short_name) not in former
        ]
    render.message(f"已修改单位：{unit.name}")
    for item in kept:
        render.message(
            f"原名称“{item.name}”保留至 {item.valid_until.isoformat()}（此前的文件仍用原名称）"
        )


@unit_app.command("import")
def unit_import(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="单位名册：.xlsx 或 .csv"),
    mapping: Optional[Path] = typer.Option(None, "--mapping", help=transfer.MAPPING_HELP),
    maps: list[str] = typer.Option([], "--map", help=transfer.MAP_HELP),
    errors: Optional[Path] = typer.Option(None, "--errors", help=transfer.ERRORS_HELP),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=transfer.SKIP_HELP),
    update: bool = typer.Option(False, "--update", help=transfer.UPDATE_HELP),
    dry_run: bool = typer.Option(False, "--dry-run", help=transfer.DRY_RUN_HELP),
    sheet: Optional[str] = typer.Option(None, "--sheet", help=transfer.SHEET_HELP),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出导入报告"),
) -> None:
    """从 Excel/CSV 名册导入单位：表头 单位名称、简称、类型、区域、成员单位、联络员、联络电话、
    联络邮箱、备注（与 unit export 相同）。按单位名称识别，重复导入不会重复添加。"""
    from fylink.transfer import units as transfer_units

    options = transfer.import_options(
        mapping_file=mapping,
        maps=maps,
        skip_invalid=skip_invalid,
        update=update,
        dry_run=dry_run,
        sheet=sheet,
    )

    def run(db: Any, opts: Any, progress: Any) -> Any:
        return transfer_units.import_units(session=db, path=file, options=opts, progress=progress)

    transfer.run_import(
        ctx, path=file, options=options, errors_file=errors, as_json=as_json, run=run
    )


@unit_app.command("export")
def unit_export(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="导出到：.xlsx 或 .csv 文件"),
    kind: Optional[str] = typer.Option(None, "--kind", help="只导出某类单位"),
    members: bool = typer.Option(False, "--members", help="只导出联席会议成员单位"),
    encoding: str = typer.Option(
        "utf-8", "--encoding", help="CSV 编码：utf-8（带 BOM，Excel 可直接打开）、gbk、gb18030"
    ),
    force: bool = typer.Option(False, "--force", help="覆盖已有文件"),
) -> None:
    """把单位名册导出为 Excel/CSV，表头与 unit import 相同，可原样导回。"""
    from fylink.transfer import units as transfer_units

    transfer.check_target(file, force=force)
    with session(ctx, write=False) as db:
        count = transfer_units.export_units(
            session=db, path=file, kind=kind, members_only=members, encoding=encoding
        )
    transfer.report_export(count, "单位", file)


@person_app.command("add")
def person_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., metavar="姓名", help="姓名"),
    unit: Optional[str] = typer.Option(None, "--unit", help="所在单位（全称或简称）"),
    title: str = typer.Option("", "--title", help="职务，如 副县长、局长"),
    role: str = typer.Option("成员", "--role", help="角色：召集人、副召集人、成员、联络员、办公室"),
    phone: str = typer.Option("", "--phone", help="电话"),
    email: str = typer.Option("", "--email", help="邮箱"),
) -> None:
    """添加一名人员。"""
    from fylink.services import units

    with session(ctx, write=True) as db:
        person = units.add_person(
            session=db, name=name, unit=unit, title=title, role=role, phone=phone, email=email
        )
        others = units.namesakes(session=db, person=person)
    render.message(f"已添加人员：{person.name}")
    if others:
        render.warn(f"警告：{'、'.join(others)}也有名为“{person.name}”的人员，请核对不是同一人")


@person_app.command("list")
def person_list(
    ctx: typer.Context,
    unit: Optional[str] = typer.Option(None, "--unit", help="只列某单位的人员"),
    with_left: bool = typer.Option(False, "--all", help="连同已离任的人员"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出人员名册（已离任的人员加 --all 才列出）。"""
    from fylink.cli import views
    from fylink.services import reads

    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        rows = reads.persons(db, unit=unit, with_left=with_left)
        merged = merged_unit_note(db, unit)
    if merged:
        render.warn(merged)
    if as_json:
        render.print_json([views.person_public(p, u) for p, u in rows])
        return
    render.table(
        ["姓名", "职务", "单位", "角色", "电话", "邮箱"],
        [
            (
                p.name,
                p.title,
                u.name if u else "",
                p.role if p.left_on is None else f"{p.role}（{p.left_on.isoformat()}离任）",
                p.phone,
                p.email,
            )
            for p, u in rows
        ],
        title="人员名册",
        caption=f"共 {len(rows)} 人",
    )


# --- corrections (#12) ---------------------------------------------------------------------

PERSON_REF_HELP = "姓名；名册中有同名人员时写 姓名（单位简称），如 张伟（县公安局）"


@person_app.command("update")
def person_update(
    ctx: typer.Context,
    name: str = typer.Argument(..., metavar="姓名", help=PERSON_REF_HELP),
    new_name: Optional[str] = typer.Option(None, "--name", help="更正后的姓名"),
    unit: Optional[str] = typer.Option(None, "--unit", help="所在单位（写空字符串可清除）"),
    title: Optional[str] = typer.Option(None, "--title", help="职务"),
    role: Optional[str] = typer.Option(
        None, "--role", help="角色：召集人、副召集人、成员、联络员、办公室"
    ),
    phone: Optional[str] = typer.Option(None, "--phone", help="电话"),
    email: Optional[str] = typer.Option(None, "--email", help="邮箱"),
) -> None:
    """更正名册中的人员（只改给出的项）；改了姓名，参会记录中的姓名随之更正。"""
    from fylink.services import units

    changes = {
        key: value
        for key, value in {
            "name": new_name,
            "unit": unit,
            "title": title,
            "role": role,
            "phone": phone,
            "email": email,
        }.items()
        if value is not None
    }
    if not changes:
        render.warn("没有要修改的内容：请给出至少一个选项，如 --title 副局长")
        raise typer.Exit(2)
    with session(ctx, write=True) as db:
        person = units.update_person(session=db, name=name, changes=changes)
        label = units.person_label(db, person)
    render.message(f"已更正人员：{label}")


@person_app.command("remove")
def person_remove(
    ctx: typer.Context,
    name: str = typer.Argument(..., metavar="姓名", help=PERSON_REF_HELP),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
    with_dependents: bool = typer.Option(
        False, "--with-dependents", help="连同其参会记录一并删除（逐条列出）"
    ),
    left_on: Optional[str] = typer.Option(
        None, "--left-on", help="离任（调离、退休）之日：不删除，过去的参会和牵头记录保留"
    ),
) -> None:
    """删除误录或重复登记的人员（有参会记录时须加 --with-dependents）；人员离任请用
    --left-on，其过去的参会和牵头记录保留。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.services import removal, units

    if left_on is not None:
        with session(ctx, write=True) as db:
            person = units.person_left(
                session=db,
                name=name,
                left_on=parse_day(left_on, "离任日期"),  # type: ignore[arg-type]
                reason=reason,
                today=clock.today(),
            )
            label = units.person_label(db, person)
        render.message(
            f"已登记离任：{label}，{person.left_on}起不再列入名册（过去的参会和牵头记录保留）"
        )
        return
    with session(ctx, write=True) as db:
        removed = removal.remove_person(
            session=db, name=name, reason=reason, with_dependents=with_dependents
        )
    for line in views.removed_lines(removed):
        render.message(line)


@unit_app.command("remove")
def unit_remove(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="单位全称、简称或编号"),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
) -> None:
    """删除误录的单位；已有案件、任务、人员等记录的单位不能删除（列出依赖它的记录）。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_unit(session=db, name=name, reason=reason)
    for line in views.removed_lines(removed):
        render.message(line)


# --- unit merge (机构改革, #12) ------------------------------------------------------------------

MERGE_WORDS = ("INTO", "并入")


@unit_app.command("merge")
def unit_merge(
    ctx: typer.Context,
    old: str = typer.Argument(..., metavar="原单位", help="被并入的单位：全称、简称或编号"),
    target: list[str] = typer.Argument(
        ...,
        metavar="[INTO|并入] 新单位",
        help="并入的单位（全称、简称或编号），前面可写 INTO 或 并入",
    ),
    merged_on: str = typer.Option(..., "--on", help="并入生效之日（不能晚于今天）"),
) -> None:
    """机构改革：把原单位并入新单位。原单位未办结的任务（牵头和配合）、在办案件、未答复的
    建议和人员自该日起转到新单位，逐条记入变更日志，可用 fylink undo 撤销；已结案件仍记在
    原单位名下，原单位保留在历史中，不再列入单位名册，也不能再登记新记录。"""
    from fylink import clock
    from fylink.errors import InvalidInputError
    from fylink.services import units

    words = [w.strip() for w in target]
    if len(words) == 2 and words[0].upper() in MERGE_WORDS:
        words = words[1:]
    if len(words) != 1:
        raise InvalidInputError(
            f"看不懂“{' '.join(words)}”：请写 fylink unit merge 原单位 [并入] 新单位 --on 日期"
        )
    day = parse_day(merged_on, "并入日期")
    assert day is not None
    with session(ctx, write=True) as db:
        result = units.merge_unit(
            session=db, old=old, new=words[0], merged_on=day, today=clock.today()
        )
        old_name, new_name = result.old.name, result.new.name
    render.message(f"已将“{old_name}”并入“{new_name}”（自 {day.isoformat()} 起）")
    moved = [
        f"{label}{count}{unit}"
        for label, count, unit in (
            ("牵头任务", result.tasks, "项"),
            ("配合任务", result.co_units, "项"),
            ("在办案件", result.cases, "件"),
            ("建议", result.suggestions, "件"),
            ("人员", result.persons, "人"),
        )
        if count
    ]
    if moved:
        render.message(f"转入“{new_name}”：{'、'.join(moved)}")
    else:
        render.message("原单位没有未办结的任务、在办案件、未反馈的建议或人员，无需转入")
    if result.closed_cases:
        render.message(f"已结案件{result.closed_cases}件仍记在“{old_name}”名下")
