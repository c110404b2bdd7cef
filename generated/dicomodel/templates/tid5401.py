"""TID 5401 Ultrasound Shear Wave Elastography Section.

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
    from dicomodel.templates import tid5402

__all__ = [
    "TEMPLATE",
    "UltrasoundShearWaveElastographySection",
    "UltrasoundShearWaveElastographySectionFindingSite",
    "UltrasoundShearWaveElastographySectionImageView",
    "UltrasoundShearWaveElastographySectionSummary",
    "UltrasoundShearWaveElastographySectionSummaryShearWaveSpeed",
    "UltrasoundShearWaveElastographySectionSummaryElasticity",
    "UltrasoundShearWaveElastographySectionSummaryShearWaveDispersionSlope",
    "UltrasoundShearWaveElastographySectionMeasurementGroup",
    "UltrasoundShearWaveElastographySectionReferenceMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5401",
    name="Ultrasound Shear Wave Elastography Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure Reported"),
            values=(("code", "DT", "448764002", "SCT", "Ultrasound elastography (procedure)"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "12321"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "399264008", "Image Mode"),
            values=(("cid", "B", "12224"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111031", "Image View"),
            values=(("cid", "B", "5"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111032", "Image View Modifier"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6"), ("cid", "B", "7")),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130759", "Shear Wave Detection Method"),
            values=(("cid", "D", "12324"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130611", "Shear Wave Speed"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "373099004", "Median"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130614", "Interquartile Range of population"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130615", "Interquartile Range to Median Ratio of population"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "110830", "Elasticity"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="17",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "373099004", "Median"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="18",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130614", "Interquartile Range of population"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130615", "Interquartile Range to Median Ratio of population"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130612", "Shear Wave Dispersion Slope"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="21",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="22",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "373099004", "Median"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="23",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130614", "Interquartile Range of population"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="24",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130615", "Interquartile Range to Median Ratio of population"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125007", "Measurement Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "125010", "Identifier"),
        ),
        RowDef(
            key="27",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "12322"),),
        ),
        RowDef(key="28", nesting=2, value_type="INCLUDE", requirement="M", include="5402"),
        RowDef(
            key="29",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130755", "Reference Measurement Group"),
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "12322"),),
        ),
        RowDef(key="31", nesting=2, value_type="INCLUDE", requirement="M", include="5402"),
    ),
)


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySection(TemplatePart):
    """TID 5401 Ultrasound Shear Wave Elastography Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure Reported\"), VM 1, M; values DT (448764002, SCT, \"Ultrasound elastography (procedure)\")"""

    finding_site: UltrasoundShearWaveElastographySectionFindingSite = field(metadata={"row": "3"})
    """Row 3: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values BCID 12321"""

    image_mode: groups.Cid12224Code | Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (399264008, SCT, \"Image Mode\"), VM 1, U; values BCID 12224"""

    image_view: UltrasoundShearWaveElastographySectionImageView | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (111031, DCM, \"Image View\"), VM 1, U; values BCID 5"""

    shear_wave_detection_method: groups.Cid12324Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (130759, DCM, \"Shear Wave Detection Method\"), VM 1, U; values DCID 12324"""

    summary: UltrasoundShearWaveElastographySectionSummary = field(metadata={"row": "9"})
    """Row 9: CONTAINER DT (55112-7, LN, \"Summary\"), VM 1, M"""

    measurement_group: list[UltrasoundShearWaveElastographySectionMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: CONTAINER DT (125007, DCM, \"Measurement Group\"), VM 1-n, M"""

    reference_measurement_group: (
        UltrasoundShearWaveElastographySectionReferenceMeasurementGroup | None
    ) = field(default=None, metadata={"row": "29"})
    """Row 29: CONTAINER DT (130755, DCM, \"Reference Measurement Group\"), VM 1, U"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionFindingSite(TemplatePart):
    """Row 3 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid12321Code | Code
    """The value of row 3 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionImageView(TemplatePart):
    """Row 6 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid5Code | Code
    """The value of row 6 (CODE)."""

    image_view_modifier: list[groups.Cid6Code | groups.Cid7Code | Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (111032, DCM, \"Image View Modifier\"), VM 1-n, U; values BCID 6, BCID 7"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionSummary(TemplatePart):
    """Row 9 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    shear_wave_speed: UltrasoundShearWaveElastographySectionSummaryShearWaveSpeed = field(
        metadata={"row": "10"}
    )
    """Row 10: NUM EV (130611, DCM, \"Shear Wave Speed\"), VM 1, M; units EV (m/s, UCUM, \"m/s\")"""

    elasticity: UltrasoundShearWaveElastographySectionSummaryElasticity = field(
        metadata={"row": "15"}
    )
    """Row 15: NUM EV (110830, DCM, \"Elasticity\"), VM 1, M; units EV (kPa, UCUM, \"kPa\")"""

    shear_wave_dispersion_slope: (
        UltrasoundShearWaveElastographySectionSummaryShearWaveDispersionSlope | None
    ) = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (130612, DCM, \"Shear Wave Dispersion Slope\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionSummaryShearWaveSpeed(TemplatePart):
    """Row 10 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: Num
    """The value of row 10 (NUM)."""

    standard_deviation: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, U; units EV (m/s, UCUM, \"m/s\")"""

    median: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (373099004, SCT, \"Median\"), VM 1, U; units EV (m/s, UCUM, \"m/s\")"""

    interquartile_range_of_population: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (130614, DCM, \"Interquartile Range of population\"), VM 1, U; units EV (m/s, UCUM, \"m/s\")"""

    interquartile_range_to_median_ratio_of_population: Num = field(metadata={"row": "14"})
    """Row 14: NUM EV (130615, DCM, \"Interquartile Range to Median Ratio of population\"), VM 1, M; units EV ({ratio}, UCUM, \"ratio\")"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionSummaryElasticity(TemplatePart):
    """Row 15 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: Num
    """The value of row 15 (NUM)."""

    standard_deviation: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, U; units EV (kPa, UCUM, \"kPa\")"""

    median: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (373099004, SCT, \"Median\"), VM 1, U; units EV (kPa, UCUM, \"kPa\")"""

    interquartile_range_of_population: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (130614, DCM, \"Interquartile Range of population\"), VM 1, U; units EV (kPa, UCUM, \"kPa\")"""

    interquartile_range_to_median_ratio_of_population: Num = field(metadata={"row": "19"})
    """Row 19: NUM EV (130615, DCM, \"Interquartile Range to Median Ratio of population\"), VM 1, M; units EV ({ratio}, UCUM, \"ratio\")"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionSummaryShearWaveDispersionSlope(TemplatePart):
    """Row 20 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    value: Num
    """The value of row 20 (NUM)."""

    standard_deviation: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    median: Num | None = field(default=None, metadata={"row": "22"})
    """Row 22: NUM EV (373099004, SCT, \"Median\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    interquartile_range_of_population: Num | None = field(default=None, metadata={"row": "23"})
    """Row 23: NUM EV (130614, DCM, \"Interquartile Range of population\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    interquartile_range_to_median_ratio_of_population: Num = field(metadata={"row": "24"})
    """Row 24: NUM EV (130615, DCM, \"Interquartile Range to Median Ratio of population\"), VM 1, M; units EV ({ratio}, UCUM, \"ratio\")"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionMeasurementGroup(TemplatePart):
    """Row 25 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "25"

    identifier: str = field(metadata={"row": "26"})
    """Row 26: TEXT EV (125010, DCM, \"Identifier\"), VM 1, M"""

    finding_site: groups.Cid12322Code | Code | None = field(default=None, metadata={"row": "27"})
    """Row 27: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, U; values BCID 12322"""

    shear_wave_elastography_measurement: tid5402.ShearWaveElastographyMeasurement = field(
        metadata={"row": "28"}
    )
    """Row 28: INCLUDE DTID 5402, VM 1, M"""


@dataclass(kw_only=True)
class UltrasoundShearWaveElastographySectionReferenceMeasurementGroup(TemplatePart):
    """Row 29 of TID 5401."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "29"

    finding_site: groups.Cid12322Code | Code | None = field(default=None, metadata={"row": "30"})
    """Row 30: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, U; values BCID 12322"""

    shear_wave_elastography_measurement: tid5402.ShearWaveElastographyMeasurement = field(
        metadata={"row": "31"}
    )
    """Row 31: INCLUDE DTID 5402, VM 1, M"""
