"""TID 10024 Imaging Agent Administration Patient Characteristics.

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
    "ImagingAgentAdministrationPatientCharacteristics",
    "ImagingAgentAdministrationPatientCharacteristicsBodySurfaceArea",
    "ImagingAgentAdministrationPatientCharacteristicsBodyMassIndex",
    "ImagingAgentAdministrationPatientCharacteristicsGlomerularFiltrationRate",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10024",
    name="Imaging Agent Administration Patient Characteristics",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "121118", "Patient Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109054", "Patient state"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10045"), ("cid", "D", "64")),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121033", "Subject Age"),
            units=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121032", "Subject Sex"),
            values=(("cid", "D", "7455"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8302-2", "Patient Height"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "29463-7", "Patient Weight"),
            units=(("code", "EV", "kg", "UCUM", "kg"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8277-6", "Body Surface Area"),
            units=(("code", "EV", "m2", "UCUM", "m^2"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("LN", "8278-4", "Body Surface Area Formula"),
            values=(("cid", "B", "3663"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "60621009", "Body Mass Index"),
            units=(("code", "EV", "kg/m2", "UCUM", "kg/m^2"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "121420", "Equation"),
            values=(("code", "DT", "122265", "DCM", "BMI = Wt/Ht^2"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "14749-6", "Glucose"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113550", "Fasting Duration"),
            units=(("code", "DT", "h", "UCUM", "hours"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113551", "Hydration Volume"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113552", "Recent Physical Activity"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "2160-0", "Serum Creatinine"),
            units=(("code", "DT", "mg/dl", "UCUM", "mg/dl"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "80274001", "Glomerular Filtration Rate"),
            vm_min=1,
            vm_max=None,
            units=(("code", "DT", "ml/min{1.73_m2}", "UCUM", "ml/min/1.73m2"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10047"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121050", "Equivalent meaning of concept name"),
            values=(("cid", "D", "10046"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationPatientCharacteristics(TemplatePart):
    """TID 10024 Imaging Agent Administration Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    patient_state: list[groups.Cid10045Code | groups.Cid64Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (109054, DCM, \"Patient state\"), VM 1-n, U; values DCID 10045, DCID 64"""

    subject_age: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (121033, DCM, \"Subject Age\"), VM 1, U; units DCID 7456"""

    subject_sex: groups.Cid7455Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, U; values DCID 7455"""

    patient_height: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (8302-2, LN, \"Patient Height\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    patient_weight: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (29463-7, LN, \"Patient Weight\"), VM 1, U; units EV (kg, UCUM, \"kg\")"""

    body_surface_area: ImagingAgentAdministrationPatientCharacteristicsBodySurfaceArea | None = (
        field(default=None, metadata={"row": "7"})
    )
    """Row 7: NUM EV (8277-6, LN, \"Body Surface Area\"), VM 1, U; units EV (m2, UCUM, \"m^2\")"""

    body_mass_index: ImagingAgentAdministrationPatientCharacteristicsBodyMassIndex | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: NUM EV (60621009, SCT, \"Body Mass Index\"), VM 1, U; units EV (kg/m2, UCUM, \"kg/m^2\")"""

    glucose: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (14749-6, LN, \"Glucose\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""

    fasting_duration: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (113550, DCM, \"Fasting Duration\"), VM 1, U; units DT (h, UCUM, \"hours\")"""

    hydration_volume: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113551, DCM, \"Hydration Volume\"), VM 1, U; units DT (ml, UCUM, \"ml\")"""

    recent_physical_activity: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: TEXT EV (113552, DCM, \"Recent Physical Activity\"), VM 1, U"""

    serum_creatinine: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (2160-0, LN, \"Serum Creatinine\"), VM 1, U; units DT (mg/dl, UCUM, \"mg/dl\")"""

    glomerular_filtration_rate: list[
        ImagingAgentAdministrationPatientCharacteristicsGlomerularFiltrationRate
    ] = field(default_factory=no_items, metadata={"row": "16"})
    """Row 16: NUM EV (80274001, SCT, \"Glomerular Filtration Rate\"), VM 1-n, U; units DT (ml/min{1.73_m2}, UCUM, \"ml/min/1.73m2\")"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationPatientCharacteristicsBodySurfaceArea(TemplatePart):
    """Row 7 of TID 10024."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Num
    """The value of row 7 (NUM)."""

    body_surface_area_formula: groups.Cid3663Code | Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (8278-4, LN, \"Body Surface Area Formula\"), VM 1, U; values BCID 3663"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationPatientCharacteristicsBodyMassIndex(TemplatePart):
    """Row 9 of TID 10024."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Num
    """The value of row 9 (NUM)."""

    equation: Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (121420, DCM, \"Equation\"), VM 1, U; values DT (122265, DCM, \"BMI = Wt/Ht^2\")"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationPatientCharacteristicsGlomerularFiltrationRate(TemplatePart):
    """Row 16 of TID 10024."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    value: Num
    """The value of row 16 (NUM)."""

    measurement_method: groups.Cid10047Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values DCID 10047"""

    equivalent_meaning_of_concept_name: groups.Cid10046Code = field(metadata={"row": "18"})
    """Row 18: CODE EV (121050, DCM, \"Equivalent meaning of concept name\"), VM 1, M; values DCID 10046"""
