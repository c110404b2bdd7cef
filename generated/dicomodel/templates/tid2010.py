"""TID 2010 Key Object Selection.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1204

__all__ = [
    "TEMPLATE",
    "KeyObjectSelection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2010",
    name="Key Object Selection",
    extensible=False,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "D", "7010"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113011", "Document Title Modifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113011", "Document Title Modifier"),
            condition='IF Row 1 Concept Name = (113001, DCM, "Rejected for Quality Reasons") or (113010, DCM, "Quality Issue")',
            condition_status="parsed",
            required_if=("row_concept", "1", (("113001", "DCM"), ("113010", "DCM"))),
            values=(("cid", "D", "7011"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113011", "Document Title Modifier"),
            condition='IF Row 1 Concept Name = (113013, DCM, "Best In Set")',
            condition_status="parsed",
            required_if=("row_concept", "1", (("113013", "DCM"),)),
            values=(("cid", "D", "7012"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113012", "Key Object Description"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 8, 9 and 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "8"), ("row_present", "9"), ("row_present", "10")),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 8, 9 and 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "8"), ("row_present", "9"), ("row_present", "10")),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 8, 9 and 10 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "8"), ("row_present", "9"), ("row_present", "10")),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class KeyObjectSelection(TemplatePart):
    """TID 2010 Key Object Selection."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7010Code
    """The concept name of row 1."""

    document_title_modifier: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (113011, DCM, \"Document Title Modifier\"), VM 1-n, U"""

    document_title_modifier_row_3: groups.Cid7011Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (113011, DCM, \"Document Title Modifier\"), VM 1, UC: IF Row 1 Concept Name = (113001, DCM, \"Rejected for Quality Reasons\") or (113010, DCM, \"Quality Issue\"); values DCID 7011"""

    document_title_modifier_row_4: groups.Cid7012Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (113011, DCM, \"Document Title Modifier\"), VM 1, MC: IF Row 1 Concept Name = (113013, DCM, \"Best In Set\"); values DCID 7012"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 1204, VM 1, U"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1002, VM 1-n, U"""

    key_object_description: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (113012, DCM, \"Key Object Description\"), VM 1, U"""

    image_8: list[Reference] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1-n, MC: At least one of Rows 8, 9 and 10 shall be present"""

    waveform_9: list[Reference] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: WAVEFORM -, VM 1-n, MC: At least one of Rows 8, 9 and 10 shall be present"""

    composite_10: list[Reference] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: COMPOSITE -, VM 1-n, MC: At least one of Rows 8, 9 and 10 shall be present"""
