"""TID 300 Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid310, tid315, tid320, tid321, tid1000, tid4019, tid4108

__all__ = [
    "TEMPLATE",
    "Measurement",
    "MeasurementFindingSite",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="300",
    name="Measurement",
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
            units=(("parameter", "$Units"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept_ref=("parameter", "$ModType"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ModValue"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("parameter", "$Method"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("parameter", "$Derivation"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$TargetSite"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$TargetSiteLaterality"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("parameter", "$TargetSiteMod"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="310",
            bindings=(
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 10",
            condition_status="parsed",
            required_if=("not", ("row_present", "10")),
            forbidden_if=("row_present", "10"),
            units=(("parameter", "$DerivationParameterUnits"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="INFERRED FROM",
            by_reference=True,
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 9",
            condition_status="parsed",
            required_if=("not", ("row_present", "9")),
            forbidden_if=("row_present", "9"),
            units=(("parameter", "$DerivationParameterUnits"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="INFERRED FROM",
            include="315",
            condition="XOR Row 12",
            condition_status="parsed",
            required_if=("not", ("row_present", "12")),
            forbidden_if=("row_present", "12"),
            bindings=(("$Equation", (("parameter", "$Equation"),)),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="INFERRED FROM",
            concept_ref=("cid", "D", "228"),
            condition="XOR Row 11",
            condition_status="parsed",
            required_if=("not", ("row_present", "11")),
            forbidden_if=("row_present", "11"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("parameter", "$ImagePurpose"),)),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("parameter", "$WavePurpose"),)),),
        ),
        RowDef(key="15", nesting=1, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="16",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121050", "Equivalent Meaning of Concept Name"),
        ),
        RowDef(
            key="16b",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121050", "Equivalent Meaning of Concept Name"),
            values=(("parameter", "$PrecoordinatedMeasurementMeaning"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "126100", "Real World Value Map used for measurement"),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
    ),
)


@dataclass(kw_only=True)
class Measurement(TemplatePart):
    """TID 300 Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    modtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE $ModType, VM 1-n, U; values $ModValue"""

    measurement_method: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values $Method"""

    derivation: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121401, DCM, \"Derivation\"), VM 1, U; values $Derivation"""

    finding_site: list[MeasurementFindingSite] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values $TargetSite"""

    measurement_properties: tid310.MeasurementProperties | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 310, VM 1, U"""

    derivationparameter: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: NUM $DerivationParameter, VM 1-n, UC: XOR Row 10; units $DerivationParameterUnits"""

    derivationparameter_row_10: list[Named[Num]] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: NUM $DerivationParameter, VM 1-n, UC: XOR Row 9; units $DerivationParameterUnits"""

    equation_or_table: tid315.EquationOrTable | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 315, VM 1, UC: XOR Row 12"""

    cid_228: Named[str] | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT DCID 228, VM 1, UC: XOR Row 11"""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 321, VM 1-n, U"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 1000, VM 1, U"""

    equivalent_meaning_of_concept_name: str | None = field(default=None, metadata={"row": "16"})
    """Row 16: TEXT EV (121050, DCM, \"Equivalent Meaning of Concept Name\"), VM 1, U"""

    equivalent_meaning_of_concept_name_row_16b: Code | None = field(
        default=None, metadata={"row": "16b"}
    )
    """Row 16b: CODE EV (121050, DCM, \"Equivalent Meaning of Concept Name\"), VM 1, U; values $PrecoordinatedMeasurementMeaning"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 4108, VM 1, U"""

    real_world_value_map_used_for_measurement: Reference | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: COMPOSITE EV (126100, DCM, \"Real World Value Map used for measurement\"), VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 4019, VM 1, U"""


@dataclass(kw_only=True)
class MeasurementFindingSite(TemplatePart):
    """Row 5 of TID 300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Code
    """The value of row 5 (CODE)."""

    laterality: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values $TargetSiteLaterality"""

    topographical_modifier: Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE DT (106233006, SCT, \"Topographical modifier\"), VM 1, U; values $TargetSiteMod"""
