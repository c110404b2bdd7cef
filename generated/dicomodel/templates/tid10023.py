"""TID 10023 Organ Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "OrganDose",
    "OrganDoseMass",
    "OrganDoseOrganDose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10023",
    name="Organ Dose",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113517", "Organ Dose Information"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "10044"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IFF anatomy has laterality",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF anatomy has laterality"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF anatomy has laterality"),
            ),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "118538004", "Mass"),
            units=(("code", "EV", "g", "UCUM", "grams"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113518", "Organ Dose"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121406", "Reference Authority"),
            condition="XOR Row 8",
            condition_status="parsed",
            required_if=("not", ("row_present", "8")),
            forbidden_if=("row_present", "8"),
            values=(("cid", "B", "10040"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121406", "Reference Authority"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
        ),
    ),
)


@dataclass(kw_only=True)
class OrganDose(TemplatePart):
    """TID 10023 Organ Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: groups.Cid10044Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 10044"""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IFF anatomy has laterality; values DCID 244"""

    mass: OrganDoseMass | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (118538004, SCT, \"Mass\"), VM 1, U; units EV (g, UCUM, \"grams\")"""

    organ_dose: OrganDoseOrganDose = field(metadata={"row": "6"})
    """Row 6: NUM EV (113518, DCM, \"Organ Dose\"), VM 1, M; units EV (mGy, UCUM, \"mGy\")"""


@dataclass(kw_only=True)
class OrganDoseMass(TemplatePart):
    """Row 4 of TID 10023."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Num
    """The value of row 4 (NUM)."""

    measurement_method: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (370129005, SCT, \"Measurement Method\"), VM 1, M"""


@dataclass(kw_only=True)
class OrganDoseOrganDose(TemplatePart):
    """Row 6 of TID 10023."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Num
    """The value of row 6 (NUM)."""

    reference_authority: groups.Cid10040Code | Code | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (121406, DCM, \"Reference Authority\"), VM 1, MC: XOR Row 8; values BCID 10040"""

    reference_authority_row_8: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (121406, DCM, \"Reference Authority\"), VM 1, MC: XOR Row 7"""
