"""TID 10031 Radiation Dose Estimate.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid10032, tid10033

__all__ = [
    "TEMPLATE",
    "RadiationDoseEstimate",
    "RadiationDoseEstimateOrganRadiationDoseInformation",
    "RadiationDoseEstimateOrganRadiationDoseInformationOrgan",
    "RadiationDoseEstimateOrganRadiationDoseInformationCid10061",
    "RadiationDoseEstimateOrganRadiationDoseInformationCid10061Cid225",
    "RadiationDoseEstimateOrganRadiationDoseInformationCid10062",
    "RadiationDoseEstimateOrganRadiationDoseInformationCid10062Cid225",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10031",
    name="Radiation Dose Estimate",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128402", "Radiation Dose Estimate"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128403", "Radiation Dose Estimate Name"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10033",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10032",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113517", "Organ Radiation Dose Information"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "113343008", "Organ"),
            values=(("cid", "D", "10060"),),
        ),
        RowDef(
            key="8",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF Row 7 has laterality",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 7 has laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "10061"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "225"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="12",
            nesting=4,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128511", "Reference to Uncertainty Determination Method"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "10062"),
            units=(("code", "EV", "mSv", "UCUM", "mSv"),),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "225"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mSv", "UCUM", "mSv"),),
        ),
        RowDef(
            key="15",
            nesting=4,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "128511", "Reference to Uncertainty Determination Method"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationDoseEstimate(TemplatePart):
    """TID 10031 Radiation Dose Estimate."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    radiation_dose_estimate_name: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (128403, DCM, \"Radiation Dose Estimate Name\"), VM 1, M"""

    comment: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    radiation_dose_estimate_methodology: tid10033.RadiationDoseEstimateMethodology = field(
        metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 10033, VM 1, M"""

    radiation_dose_estimate_representation: list[tid10032.RadiationDoseEstimateRepresentation] = (
        field(default_factory=no_items, metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 10032, VM 1-n, U"""

    organ_radiation_dose_information: list[RadiationDoseEstimateOrganRadiationDoseInformation] = (
        field(default_factory=no_items, metadata={"row": "6"})
    )
    """Row 6: CONTAINER EV (113517, DCM, \"Organ Radiation Dose Information\"), VM 1-n, M"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformation(TemplatePart):
    """Row 6 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    organ: RadiationDoseEstimateOrganRadiationDoseInformationOrgan = field(metadata={"row": "7"})
    """Row 7: CODE EV (113343008, SCT, \"Organ\"), VM 1, M; values DCID 10060"""

    comment: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    cid_10061: RadiationDoseEstimateOrganRadiationDoseInformationCid10061 = field(
        metadata={"row": "10"}
    )
    """Row 10: NUM DCID 10061, VM 1, M; units EV (mGy, UCUM, \"mGy\")"""

    cid_10062: RadiationDoseEstimateOrganRadiationDoseInformationCid10062 | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: NUM DCID 10062, VM 1, U; units EV (mSv, UCUM, \"mSv\")"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformationOrgan(TemplatePart):
    """Row 7 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid10060Code
    """The value of row 7 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IF Row 7 has laterality; values DCID 244"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformationCid10061(TemplatePart):
    """Row 10 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    concept: groups.Cid10061Code
    """The concept name of row 10."""

    value: Num
    """The value of row 10 (NUM)."""

    cid_225: list[RadiationDoseEstimateOrganRadiationDoseInformationCid10061Cid225] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: NUM DCID 225, VM 1-n, U; units EV (mGy, UCUM, \"mGy\")"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformationCid10061Cid225(TemplatePart):
    """Row 11 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    concept: groups.Cid225Code
    """The concept name of row 11."""

    value: Num
    """The value of row 11 (NUM)."""

    reference_to_uncertainty_determination_method: str | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: TEXT EV (128511, DCM, \"Reference to Uncertainty Determination Method\"), VM 1, U"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformationCid10062(TemplatePart):
    """Row 13 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    concept: groups.Cid10062Code
    """The concept name of row 13."""

    value: Num
    """The value of row 13 (NUM)."""

    cid_225: list[RadiationDoseEstimateOrganRadiationDoseInformationCid10062Cid225] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: NUM DCID 225, VM 1-n, U; units EV (mSv, UCUM, \"mSv\")"""


@dataclass(kw_only=True)
class RadiationDoseEstimateOrganRadiationDoseInformationCid10062Cid225(TemplatePart):
    """Row 14 of TID 10031."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    concept: groups.Cid225Code
    """The concept name of row 14."""

    value: Num
    """The value of row 14 (NUM)."""

    reference_to_uncertainty_determination_method: str | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: TEXT EV (128511, DCM, \"Reference to Uncertainty Determination Method\"), VM 1, U"""
