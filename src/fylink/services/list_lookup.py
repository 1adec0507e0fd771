"""Finding a 双清单 by name or year, model-free: the reader is a Core connection or an ORM
session (both execute Core statements), so the light read path (``task list --list``) and
the services share one rule and one set of messages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from fylink import tables
from fylink.errors import InvalidInputError, NotFoundError


def clean_list_name(name: str) -> str:
    return "".join(name.split())


def find_list_row(reader: Any, ref: str) -> Any:
    """The list's row (id, name, year): by its name, or by its year when that year has
    one list (2026)."""
    lists = tables.double_list.c
    wanted = clean_list_name(ref)
    if not wanted:
        raise InvalidInputError("请给出双清单名称，如 2026年度府院联动双清单")
    columns = (lists.id, lists.name, lists.year)
    found = reader.execute(select(*columns).where(lists.name == wanted)).first()
    if found is not None:
        return found
    digits = wanted.removesuffix("年")
    if digits.isascii() and digits.isdigit():
        year = int(digits)
        of_year = list(
            reader.execute(select(*columns).where(lists.year == year).order_by(lists.id))
        )
        if len(of_year) == 1:
            return of_year[0]
        if len(of_year) > 1:
            names = "、".join(item.name for item in of_year)
            raise InvalidInputError(f"{year}年有{len(of_year)}份双清单（{names}）：请写全名称")
    raise NotFoundError(f"没有双清单“{ref.strip()}”：用 fylink task lists 查看已有的双清单")
