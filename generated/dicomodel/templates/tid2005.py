"""TID 2005 Transcribed Diagnostic Imaging Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "TranscribedDiagnosticImagingReport",
    "TranscribedDiagnosticImagingReportCid7001",
    "TranscribedDiagnosticImagingReportKeyImages",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2005",
    name="Transcribed Diagnostic Imaging Report",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "7000"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122142", "Acquisition Device Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "123014", "Target Region"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121049", "Language of Content Item and Descendants"),
            values=(("cid", "D", "5000"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7001"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7002"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55113-5", "Key Images"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113012", "Key Object Description"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class TranscribedDiagnosticImagingReport(TemplatePart):
    """TID 2005 Transcribed Diagnostic Imaging Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7000Code | Code
    """The concept name of row 1."""

    procedure_reported: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1-n, U"""

    acquisition_device_type: list[groups.Cid29Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (122142, DCM, \"Acquisition Device Type\"), VM 1-n, U; values DCID 29"""

    target_region: list[Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (123014, DCM, \"Target Region\"), VM 1-n, U"""

    language_of_content_item_and_descendants: groups.Cid5000Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (121049, DCM, \"Language of Content Item and Descendants\"), VM 1, M; values DCID 5000"""

    cid_7001: list[TranscribedDiagnosticImagingReportCid7001] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CONTAINER BCID 7001, VM 1-n, M"""

    key_images: list[TranscribedDiagnosticImagingReportKeyImages] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CONTAINER EV (55113-5, LN, \"Key Images\"), VM 1-n, U"""


@dataclass(kw_only=True)
class TranscribedDiagnosticImagingReportCid7001(TemplatePart):
    """Row 6 of TID 2005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid7001Code | Code
    """The concept name of row 6."""

    cid_7002: Named[str] | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT BCID 7002, VM 1, U"""


@dataclass(kw_only=True)
class TranscribedDiagnosticImagingReportKeyImages(TemplatePart):
    """Row 8 of TID 2005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    key_object_description: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (113012, DCM, \"Key Object Description\"), VM 1, U"""

    image_10: list[Reference] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: IMAGE -, VM 1-n, M"""
