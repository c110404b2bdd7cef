"""TID 5301 Pre-coordinated Echo Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid320, tid321

__all__ = [
    "TEMPLATE",
    "PreCoordinatedEchoMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5301",
    name="Pre-coordinated Echo Measurement",
    extensible=False,
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
            key="3",
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
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125309", "Short Label"),
        ),
    ),
)


@dataclass(kw_only=True)
class PreCoordinatedEchoMeasurement(TemplatePart):
    """TID 5301 Pre-coordinated Echo Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    selection_status: Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (121404, DCM, \"Selection Status\"), VM 1, MC: IFF this measurement has been selected as the single preferred value for the measured concept."""

    derivation: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121401, DCM, \"Derivation\"), VM 1, MC: IFF this measurement is not a sample.; values EV (373098007, SCT, \"Mean\")"""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 321, VM 1-n, U"""

    short_label: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (125309, DCM, \"Short Label\"), VM 1, U"""
