"""TID 5302 Post-coordinated Echo Measurement.

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
    from dicomodel.templates import tid320, tid321

__all__ = [
    "TEMPLATE",
    "PostCoordinatedEchoMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5302",
    name="Post-coordinated Echo Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("parameter", "$Measurement"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121050", "Equivalent Meaning of Concept Name"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121404", "Selection Status"),
            condition="IFF this measurement has been selected as the single preferred value for the measured concept.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF this measurement has been selected as the single preferred value for the measured concept",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF this measurement has been selected as the single preferred value for the measured concept",
                ),
            ),
            bindings=(("$Preferred", (("cid", "D", "12301"),)),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            condition="IFF this measurement is not a sample.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF this measurement is not a sample",
            ),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF this measurement is not a sample"),
            ),
            values=(("code", "EV", "373098007", "SCT", "Mean"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125306", "Measurement Type"),
            values=(("cid", "D", "12303"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "12305"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125305", "Finding Observation Type"),
            values=(("cid", "D", "12302"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125307", "Measured Property"),
            values=(("parameter", "$Property"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "260674002", "Flow Direction"),
            condition='IFF value of Row 9 = (44324008, SCT, "Hemodynamic Measurements") and the Flow Direction is significant for this measurement.',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF value of Row 9 = §0 and the Flow Direction is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF value of Row 9 = §0 and the Flow Direction is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12306"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            condition="IFF the Measurement Method is significant for this measurement.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the Measurement Method is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the Measurement Method is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12227"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "399264008", "Image Mode"),
            condition="IFF the Image Mode is significant for this measurement.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the Image Mode is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the Image Mode is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12224"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111031", "Image View"),
            condition="IFF the Image View is significant for this measurement.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the Image View is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the Image View is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12226"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272518008", "Cardiac Cycle Point"),
            condition="IFF the Cardiac Cycle Point is significant for this measurement.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the Cardiac Cycle Point is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the Cardiac Cycle Point is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12307"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272517003", "Respiratory Cycle Point"),
            condition="IFF the Respiratory Cycle Point is significant for this measurement.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the Respiratory Cycle Point is significant for this measurement",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the Respiratory Cycle Point is significant for this measurement",
                ),
            ),
            values=(("cid", "D", "12234"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125308", "Measurement Divisor"),
            condition='IFF the value of Row 7 = (125313, DCM, "Indexed") or (118586006, SCT, "Ratio") or (125314, DCM, "Fractional Change")',
            condition_status="parsed",
            required_if=(
                "row_code",
                "7",
                (("125313", "DCM"), ("118586006", "SCT"), ("125314", "DCM")),
            ),
            forbidden_if=(
                "not",
                ("row_code", "7", (("125313", "DCM"), ("118586006", "SCT"), ("125314", "DCM"))),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125309", "Short Label"),
        ),
    ),
)


@dataclass(kw_only=True)
class PostCoordinatedEchoMeasurement(TemplatePart):
    """TID 5302 Post-coordinated Echo Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    equivalent_meaning_of_concept_name: list[Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (121050, DCM, \"Equivalent Meaning of Concept Name\"), VM 1-n, U"""

    selection_status: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121404, DCM, \"Selection Status\"), VM 1, MC: IFF this measurement has been selected as the single preferred value for the measured concept."""

    derivation: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121401, DCM, \"Derivation\"), VM 1, MC: IFF this measurement is not a sample.; values EV (373098007, SCT, \"Mean\")"""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 321, VM 1-n, U"""

    measurement_type: groups.Cid12303Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (125306, DCM, \"Measurement Type\"), VM 1, M; values DCID 12303"""

    finding_site: groups.Cid12305Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 12305"""

    finding_observation_type: groups.Cid12302Code = field(metadata={"row": "9"})
    """Row 9: CODE EV (125305, DCM, \"Finding Observation Type\"), VM 1, M; values DCID 12302"""

    measured_property: Code = field(metadata={"row": "10"})
    """Row 10: CODE EV (125307, DCM, \"Measured Property\"), VM 1, M; values $Property"""

    flow_direction: groups.Cid12306Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (260674002, SCT, \"Flow Direction\"), VM 1, MC: IFF value of Row 9 = (44324008, SCT, \"Hemodynamic Measurements\") and the Flow Direction is significant for this measurement.; values DCID 12306"""

    measurement_method: groups.Cid12227Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, MC: IFF the Measurement Method is significant for this measurement.; values DCID 12227"""

    image_mode: groups.Cid12224Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (399264008, SCT, \"Image Mode\"), VM 1, MC: IFF the Image Mode is significant for this measurement.; values DCID 12224"""

    image_view: groups.Cid12226Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (111031, DCM, \"Image View\"), VM 1, MC: IFF the Image View is significant for this measurement.; values DCID 12226"""

    cardiac_cycle_point: groups.Cid12307Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (272518008, SCT, \"Cardiac Cycle Point\"), VM 1, MC: IFF the Cardiac Cycle Point is significant for this measurement.; values DCID 12307"""

    respiratory_cycle_point: groups.Cid12234Code | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: CODE EV (272517003, SCT, \"Respiratory Cycle Point\"), VM 1, MC: IFF the Respiratory Cycle Point is significant for this measurement.; values DCID 12234"""

    measurement_divisor: Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (125308, DCM, \"Measurement Divisor\"), VM 1, MC: IFF the value of Row 7 = (125313, DCM, \"Indexed\") or (118586006, SCT, \"Ratio\") or (125314, DCM, \"Fractional Change\")"""

    short_label: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: TEXT EV (125309, DCM, \"Short Label\"), VM 1, U"""
