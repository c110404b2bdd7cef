"""PS3.3 2016c (DocBook excerpt) and 2024c (chunked HTML) agree on the CT Image IOD.

The flat, resolved attribute trees of the IOD are compared path by path (a path is
the chain of tags from the top level). Everything that differs is named here:
attributes the standard added between the editions, those it removed or moved out
of the CT Image IOD, one type change, and a nesting error in the 2016c source.
"""

from __future__ import annotations

from generator.ir.modules import AttributeUse, ValueKind

from .conftest import Parsed

Path = tuple[str, ...]

# Top-level attributes of the CT Image IOD that 2024c has and 2016c had not.
ADDED_TOP_LEVEL = {
    "(0008,0017)", "(0008,001C)", "(0008,1041)", "(0010,0022)", "(0010,0221)", "(0010,1022)",
    "(0010,1023)", "(0010,1024)", "(0010,2000)", "(0010,2110)", "(0010,2161)", "(0010,21A0)",
    "(0010,21C0)", "(0010,21D0)", "(0012,0022)", "(0012,0023)", "(0012,0032)", "(0012,0041)",
    "(0012,0043)", "(0012,0052)", "(0012,0053)", "(0012,0054)", "(0012,0055)", "(0012,0073)",
    "(0018,0088)", "(0018,1002)", "(0018,100A)", "(0018,100B)", "(0018,1061)", "(0018,106A)",
    "(0018,106C)", "(0018,115E)", "(0018,1204)", "(0018,1205)", "(0018,1800)", "(0018,1801)",
    "(0018,1802)", "(0018,1803)", "(0018,7050)", "(0018,9073)", "(0018,9361)", "(0018,9362)",
    "(0018,9363)", "(0018,9364)", "(0018,990C)", "(0018,990D)", "(0020,0062)", "(0020,0200)",
    "(0032,1033)", "(0032,1066)", "(0032,1067)", "(0038,0500)", "(0042,0013)", "(0400,0600)",
    "(2200,0005)", "(300A,0675)", "(300A,0700)", "(300A,079F)", "(300A,07A0)", "(300A,07A1)",
    "(300C,0002)", "(7FE0,0001)", "(7FE0,0002)",
}  # fmt: skip

# Attributes added inside sequences that both editions have (last tag of the path).
ADDED_IN_ITEMS = {
    "(0008,1040)", "(0008,1041)", "(0040,A0B0)", "(0040,A032)", "(0040,A033)", "(0008,0105)",
    "(0018,1204)", "(0008,0109)", "(0008,0106)", "(0008,010F)", "(0008,0117)", "(0008,0118)",
    "(0008,0122)", "(0008,0310)", "(0012,0022)", "(0018,1002)", "(0018,100A)", "(0018,1205)",
    "(0040,0441)", "(0400,0551)",
}  # fmt: skip

# 2016c paths that 2024c has not.
REMOVED = {
    # Other Patient IDs: retired.
    ("(0010,1000)",),
    # CT Image Module attributes dropped by later corrections.
    ("(0018,9324)",), ("(300A,0122)",), ("(300A,0129)",), ("(300A,012A)",), ("(300A,0140)",),
    ("(300A,0144)",),
    # 2016c Table C.12-1 (SOP Common) prints the items of Context Group Identification
    # Sequence and Mapping Resource Identification Sequence without ">": the 2016c
    # parse puts them at the top level (and reports the duplicate Mapping Resource).
    ("(0008,0105)",), ("(0008,0106)",), ("(0008,010F)",), ("(0008,0117)",), ("(0008,0118)",),
    ("(0008,0122)",),
}  # fmt: skip

# Pixel Data (7FE0,0010) in the Icon Image Sequence's Image Pixel Macro: 1C in 2016c.
TYPE_CHANGES = {("(0088,0200)", "(7FE0,0010)"): ("1C", "1")}


def _paths(attributes: tuple[AttributeUse, ...], prefix: Path = ()) -> dict[Path, AttributeUse]:
    found: dict[Path, AttributeUse] = {}
    for attribute in attributes:
        path = (*prefix, attribute.tag)
        found[path] = attribute
        found.update(_paths(attribute.children, path))
    return found


def test_ct_image_iod_same_tree_in_both_editions(ps33_2016c: Parsed, ps33_2024c: Parsed) -> None:
    old = _paths(ps33_2016c.part.iod_attributes("CT Image"))
    new = _paths(ps33_2024c.part.iod_attributes("CT Image"))
    assert set(old) - set(new) == REMOVED
    added = set(new) - set(old)
    assert {path[0] for path in added if len(path) == 1} == ADDED_TOP_LEVEL
    roots = {path for path in added if len(path) > 1 and path[:-1] in old}
    assert {path[-1] for path in roots} == ADDED_IN_ITEMS
    # Everything else that is new lies below a new top-level attribute or a new item root.
    for path in added:
        assert any(path[: len(root)] == root for root in (*roots, *((t,) for t in ADDED_TOP_LEVEL)))
    changed = {
        path: (old[path].type, new[path].type)
        for path in set(old) & set(new)
        if old[path].type != new[path].type
    }
    assert changed == TYPE_CHANGES
    common = set(old) & set(new)
    assert len(common) > 3000
    assert all(old[path].keyword == new[path].keyword for path in common)


def test_ct_image_iod_modules_in_both_editions(ps33_2016c: Parsed, ps33_2024c: Parsed) -> None:
    old = ps33_2016c.part.iod("CT Image")
    new = ps33_2024c.part.iod("CT Image")
    old_modules = [(use.ie, use.name, use.usage) for use in old.modules]
    new_modules = [(use.ie, use.name, use.usage) for use in new.modules]
    added = [m for m in new_modules if m not in old_modules]
    assert [name for _, name, _ in added] == [
        "Synchronization",
        "General Acquisition",
        "General Reference",
        "Multi-energy CT Image",
    ]
    assert [m for m in new_modules if m in old_modules] == old_modules
    assert [use.module_table for use in old.modules] == [
        new.module_use(use.name).module_table for use in old.modules
    ]


def test_ct_image_values_and_conditions_agree(ps33_2016c: Parsed, ps33_2024c: Parsed) -> None:
    old = _paths(ps33_2016c.part.iod_attributes("CT Image"))
    new = _paths(ps33_2024c.part.iod_attributes("CT Image"))
    with_values = [
        p for p in set(old) & set(new) if old[p].enumerated_values or old[p].defined_terms
    ]
    assert len(with_values) > 200
    for path in with_values:  # the standard only ever added values to these
        for kind in ValueKind:
            assert set(old[path].values_for(kind)) <= set(new[path].values_for(kind)), path
    both_conditional = [
        path
        for path in set(old) & set(new)
        if (type_ := old[path].type) is not None and type_.conditional and new[path].type == type_
    ]
    assert all(old[p].condition and new[p].condition for p in both_conditional)
    cids_old = {p: {(c.kind, c.cid) for c in a.cid_constraints} for p, a in old.items()}
    cids_new = {p: {(c.kind, c.cid) for c in a.cid_constraints} for p, a in new.items()}
    agreeing = [p for p in cids_old if p in cids_new and cids_old[p] and cids_old[p] == cids_new[p]]
    assert len(agreeing) > 20
