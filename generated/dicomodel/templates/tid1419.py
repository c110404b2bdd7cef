"""TID 1419 ROI Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid310, tid315, tid1000, tid4019

__all__ = [
    "TEMPLATE",
    "ROIMeasurements",
    "ROIMeasurementsFindingSite",
    "ROIMeasurementsMeasurement",
    "ROIMeasurementsMeasurementFindingSite",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1419",
    name="ROI Measurements",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("parameter", "$Method"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$TargetSite"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("parameter", "$TargetSiteMod"),),
        ),
        RowDef(
            key="4b",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("parameter", "$Measurement"),
            vm_min=1,
            vm_max=None,
            units=(("parameter", "$Units"),),
        ),
        RowDef(
            key="6",
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
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("parameter", "$Method"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("parameter", "$Derivation"),),
        ),
        RowDef(
            key="9",
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
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("parameter", "$TargetSiteMod"),),
        ),
        RowDef(
            key="12",
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
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 14",
            condition_status="parsed",
            required_if=("not", ("row_present", "14")),
            forbidden_if=("row_present", "14"),
            values=(("parameter", "$DerivationParameterUnits"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="INFERRED FROM",
            by_reference=True,
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 13",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
            forbidden_if=("row_present", "13"),
            values=(("parameter", "$DerivationParameterUnits"),),
        ),
        RowDef(
            key="14b",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14c",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$DerivationParameter"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="INFERRED FROM",
            include="315",
            condition="XOR Row 16",
            condition_status="parsed",
            required_if=("not", ("row_present", "16")),
            forbidden_if=("row_present", "16"),
            bindings=(("$Equation", (("parameter", "$Equation"),)),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="INFERRED FROM",
            concept_ref=("cid", "D", "228"),
            condition="XOR Row 15",
            condition_status="parsed",
            required_if=("not", ("row_present", "15")),
            forbidden_if=("row_present", "15"),
        ),
        RowDef(key="17", nesting=1, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="18",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121050", "Equivalent Meaning of Concept Name"),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126100", "Real World Value Map used for measurement"),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
    ),
)


@dataclass(kw_only=True)
class ROIMeasurements(TemplatePart):
    """TID 1419 ROI Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement_method: Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values $Method"""

    finding_site: list[ROIMeasurementsFindingSite] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values $TargetSite"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "4b"}
    )
    """Row 4b: INCLUDE DTID 4019, VM 1, U"""

    measurement: list[ROIMeasurementsMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: NUM $Measurement, VM 1-n, M; units $Units"""


@dataclass(kw_only=True)
class ROIMeasurementsFindingSite(TemplatePart):
    """Row 2 of TID 1419."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    topographical_modifier: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DT (106233006, SCT, \"Topographical modifier\"), VM 1, U; values $TargetSiteMod"""


@dataclass(kw_only=True)
class ROIMeasurementsMeasurement(TemplatePart):
    """Row 5 of TID 1419."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    concept: Code
    """The concept name of row 5."""

    value: Num
    """The value of row 5 (NUM)."""

    modtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: CODE $ModType, VM 1-n, U; values $ModValue"""

    measurement_method: Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values $Method"""

    derivation: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (121401, DCM, \"Derivation\"), VM 1, U; values $Derivation"""

    finding_site: list[ROIMeasurementsMeasurementFindingSite] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values $TargetSite"""

    measurement_properties: tid310.MeasurementProperties | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 310, VM 1, U"""

    derivationparameter: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: NUM $DerivationParameter, VM 1-n, UC: XOR Row 14; values $DerivationParameterUnits"""

    derivationparameter_row_14: list[Named[Num]] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: NUM $DerivationParameter, VM 1-n, UC: XOR Row 13; values $DerivationParameterUnits"""

    derivationparameter_row_14b: list[Named[Code]] = field(
        default_factory=no_items, metadata={"row": "14b"}
    )
    """Row 14b: CODE $DerivationParameter, VM 1-n, U"""

    derivationparameter_row_14c: list[Named[str]] = field(
        default_factory=no_items, metadata={"row": "14c"}
    )
    """Row 14c: TEXT $DerivationParameter, VM 1-n, U"""

    equation_or_table: tid315.EquationOrTable | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 315, VM 1, UC: XOR Row 16"""

    cid_228: Named[str] | None = field(default=None, metadata={"row": "16"})
    """Row 16: TEXT DCID 228, VM 1, UC: XOR Row 15"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 1000, VM 1, U"""

    equivalent_meaning_of_concept_name: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: TEXT EV (121050, DCM, \"Equivalent Meaning of Concept Name\"), VM 1, U"""

    real_world_value_map_used_for_measurement: Reference | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: COMPOSITE EV (126100, DCM, \"Real World Value Map used for measurement\"), VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 4019, VM 1, U"""


@dataclass(kw_only=True)
class ROIMeasurementsMeasurementFindingSite(TemplatePart):
    """Row 9 of TID 1419."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Code
    """The value of row 9 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    topographical_modifier: Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE DT (106233006, SCT, \"Topographical modifier\"), VM 1, U; values $TargetSiteMod"""
