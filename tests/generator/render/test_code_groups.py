"""dicomodel/codes/groups: one type per context group, inclusion as subtyping."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import GeneratorError
from generator.ir.standard import Standard
from generator.render.code_groups import GroupType, check_resolution, group_types, render_groups
from tests.generator.render.conftest import group


def _groups(includes: dict[int, tuple[int, ...]]) -> list[GroupType]:
    return group_types(
        group(cid, f"Group {cid}", None, (), (), includes=included)
        for cid, included in includes.items()
    )


def test_an_included_group_derives_from_each_includer() -> None:
    # 1 includes 2 and 3, 2 and 3 include 4 (PS3.16 Section 7.2.1's example, a diamond).
    types = {t.name: t for t in _groups({1: (2, 3), 2: (4,), 3: (4,), 4: ()})}
    assert types["Cid1Code"].bases == ("_Code",)
    assert types["Cid2Code"].bases == ("Cid1Code",)
    assert sorted(types["Cid4Code"].bases) == ["Cid2Code", "Cid3Code"]
    check_resolution(types.values())


def test_a_base_reached_through_another_base_is_left_out() -> None:
    # 1 includes 2 and 3 directly; 2 includes 3 too: 3 derives from 2 only.
    types = {t.name: t for t in _groups({1: (2, 3), 2: (3,), 3: ()})}
    assert types["Cid3Code"].bases == ("Cid2Code",)


def test_bases_are_defined_first() -> None:
    names = [t.name for t in _groups({9: (), 5: (9,), 7: (5,)})]
    assert names.index("Cid7Code") < names.index("Cid5Code") < names.index("Cid9Code")


def test_circular_inclusion_gives_one_type() -> None:
    # 7.2.1: "circular inclusion ... the transitive closure": 2 and 3 have one membership.
    types = {t.name: t for t in _groups({1: (2,), 2: (3,), 3: (2,)})}
    assert types["Cid3Code"].alias_of == "Cid2Code"
    assert types["Cid2Code"].bases == ("Cid1Code",)
    check_resolution(types.values())


def test_a_base_order_without_resolution_fails_the_build() -> None:
    crossed = [
        GroupType("A", ("_Code",), None, ""),
        GroupType("B", ("_Code",), None, ""),
        GroupType("X", ("A", "B"), None, ""),
        GroupType("Y", ("B", "A"), None, ""),
        GroupType("Z", ("X", "Y"), None, ""),
    ]
    with pytest.raises(GeneratorError, match="Z"):
        check_resolution(crossed)


def test_stub_declares_classes_and_run_time_gives_code(standard: Standard) -> None:
    runtime, stub = render_groups(standard)
    assert stub.path == "dicomodel/codes/groups.pyi"
    assert "class Cid3Code(_Code):\n" in stub.content
    assert "class Cid2Code(Cid3Code):\n" in stub.content  # CID 3 includes CID 2
    namespace: dict[str, Any] = {"__name__": "dicomodel.codes.groups"}
    exec(compile(runtime.content, "groups.py", "exec"), namespace)
    from dicomodel.coding import Code

    assert namespace["__getattr__"]("Cid2Code") is Code
    with pytest.raises(AttributeError):
        namespace["__getattr__"]("Cid999999Code")
    assert "Cid2Code" in namespace["__dir__"]()
