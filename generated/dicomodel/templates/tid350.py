"""TID 350 References to Supporting Evidence.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ReferencesToSupportingEvidence",
    "ReferencesToSupportingEvidenceCid7003Row2",
    "ReferencesToSupportingEvidenceCurrentProcedureEvidence",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="350",
    name="References to Supporting Evidence",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            concept_ref=("cid", "B", "7003"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="SCOORD",
            requirement="U",
            concept_ref=("cid", "B", "7003"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3", nesting=1, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            concept=Code("DCM", "122073", "Current procedure evidence"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121144", "Document Title"),
        ),
    ),
)


@dataclass(kw_only=True)
class ReferencesToSupportingEvidence(TemplatePart):
    """TID 350 References to Supporting Evidence."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_7003: list[Named[Reference]] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: IMAGE BCID 7003, VM 1-n, U"""

    cid_7003_row_2: list[ReferencesToSupportingEvidenceCid7003Row2] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: SCOORD BCID 7003, VM 1-n, U"""

    current_procedure_evidence: list[ReferencesToSupportingEvidenceCurrentProcedureEvidence] = (
        field(default_factory=no_items, metadata={"row": "4"})
    )
    """Row 4: COMPOSITE DT (122073, DCM, \"Current procedure evidence\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ReferencesToSupportingEvidenceCid7003Row2(TemplatePart):
    """Row 2 of TID 350."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    concept: groups.Cid7003Code | Code
    """The concept name of row 2."""

    value: Coordinates
    """The value of row 2 (SCOORD)."""

    image_3: Reference = field(metadata={"row": "3"})
    """Row 3: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class ReferencesToSupportingEvidenceCurrentProcedureEvidence(TemplatePart):
    """Row 4 of TID 350."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Reference
    """The value of row 4 (COMPOSITE)."""

    document_title: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (121144, DCM, \"Document Title\"), VM 1, U"""
