"""TID 15301 RT Segment Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RTSegmentCharacteristics",
    "RTSegmentCharacteristicsRelativeLinearStoppingPower",
    "RTSegmentCharacteristicsAtomicNumber",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15301",
    name="RT Segment Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130082", "Relative Mass Density"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130083", "Relative Electron Density"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130084", "Effective Z"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130085", "Effective Z per A"),
            units=(("code", "EV", "/u", "UCUM", "/u"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130086", "Relative Linear Stopping Power"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "130087", "Reference Energy"),
            units=(("code", "EV", "MeV", "UCUM", "Megaelectronvolt"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130088", "Linear Cell Kill Factor"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130089", "Quadratic Cell Kill Factor"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130090", "High Dose Fraction Linear Cell Kill Factor"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130091", "Half-time for Tissue Repair"),
            units=(("code", "EV", "s", "UCUM", "second"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130092", "High Dose Fraction Transition Dose"),
            units=(("code", "EV", "Gy", "UCUM", "Gray"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130093", "Atomic Number"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "130094", "Elemental Composition Atomic Mass Fraction"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130095", "alpha gEUD value"),
            units=(("code", "EV", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130737", "RT Segment Material"),
            values=(("cid", "B", "9579"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RTSegmentCharacteristics(TemplatePart):
    """TID 15301 RT Segment Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    relative_mass_density: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (130082, DCM, \"Relative Mass Density\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    relative_electron_density: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130083, DCM, \"Relative Electron Density\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    effective_z: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (130084, DCM, \"Effective Z\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    effective_z_per_a: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (130085, DCM, \"Effective Z per A\"), VM 1, U; units EV (/u, UCUM, \"/u\")"""

    relative_linear_stopping_power: RTSegmentCharacteristicsRelativeLinearStoppingPower | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: NUM EV (130086, DCM, \"Relative Linear Stopping Power\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    linear_cell_kill_factor: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130088, DCM, \"Linear Cell Kill Factor\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    quadratic_cell_kill_factor: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (130089, DCM, \"Quadratic Cell Kill Factor\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    high_dose_fraction_linear_cell_kill_factor: Num | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: NUM EV (130090, DCM, \"High Dose Fraction Linear Cell Kill Factor\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    half_time_for_tissue_repair: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (130091, DCM, \"Half-time for Tissue Repair\"), VM 1, U; units EV (s, UCUM, \"second\")"""

    high_dose_fraction_transition_dose: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (130092, DCM, \"High Dose Fraction Transition Dose\"), VM 1, U; units EV (Gy, UCUM, \"Gray\")"""

    atomic_number: list[RTSegmentCharacteristicsAtomicNumber] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: NUM EV (130093, DCM, \"Atomic Number\"), VM 1-n, U; units EV (1, UCUM, \"no units\")"""

    alpha_geud_value: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (130095, DCM, \"alpha gEUD value\"), VM 1, U; units EV ({ratio}, UCUM, \"ratio\")"""

    rt_segment_material: groups.Cid9579Code | Code | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE EV (130737, DCM, \"RT Segment Material\"), VM 1, U; values BCID 9579"""


@dataclass(kw_only=True)
class RTSegmentCharacteristicsRelativeLinearStoppingPower(TemplatePart):
    """Row 5 of TID 15301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Num
    """The value of row 5 (NUM)."""

    reference_energy: Num = field(metadata={"row": "6"})
    """Row 6: NUM EV (130087, DCM, \"Reference Energy\"), VM 1, M; units EV (MeV, UCUM, \"Megaelectronvolt\")"""


@dataclass(kw_only=True)
class RTSegmentCharacteristicsAtomicNumber(TemplatePart):
    """Row 12 of TID 15301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Num
    """The value of row 12 (NUM)."""

    elemental_composition_atomic_mass_fraction: Num = field(metadata={"row": "13"})
    """Row 13: NUM EV (130094, DCM, \"Elemental Composition Atomic Mass Fraction\"), VM 1, M; units EV ({ratio}, UCUM, \"ratio\")"""
