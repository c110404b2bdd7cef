"""TID 10032 Radiation Dose Estimate Representation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationDoseEstimateRepresentation",
    "RadiationDoseEstimateRepresentationOrgan",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10032",
    name="Radiation Dose Estimate Representation",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "128412", "Radiation Dose Estimate Representation"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128413", "Distribution Representation"),
            values=(("cid", "D", "10063"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128414", "Radiation Dose Representation Data"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128414", "Radiation Dose Representation Data"),
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "113343008", "Organ"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10060"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF Row 5 has laterality",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 5 has laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationDoseEstimateRepresentation(TemplatePart):
    """TID 10032 Radiation Dose Estimate Representation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    distribution_representation: groups.Cid10063Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (128413, DCM, \"Distribution Representation\"), VM 1, M; values DCID 10063"""

    radiation_dose_representation_data: Reference | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: IMAGE EV (128414, DCM, \"Radiation Dose Representation Data\"), VM 1, MC: XOR Row 4"""

    radiation_dose_representation_data_row_4: Reference | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: COMPOSITE EV (128414, DCM, \"Radiation Dose Representation Data\"), VM 1, MC: XOR Row 3"""

    organ: list[RadiationDoseEstimateRepresentationOrgan] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (113343008, SCT, \"Organ\"), VM 1-n, M; values DCID 10060"""

    comment: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class RadiationDoseEstimateRepresentationOrgan(TemplatePart):
    """Row 5 of TID 10032."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid10060Code
    """The value of row 5 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IF Row 5 has laterality; values DCID 244"""
