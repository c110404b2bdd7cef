"""TID 15101 NM/PET Protocol Context.

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
    "NMPETProtocolContext",
    "NMPETProtocolContextRadiopharmaceuticalAgent",
    "NMPETProtocolContextGlucose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15101",
    name="NM/PET Protocol Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("SCT", "349358000", "Radiopharmaceutical agent"),
            values=(("cid", "B", "25"), ("cid", "B", "4021")),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "89457008", "Radionuclide"),
            values=(("cid", "B", "18"), ("cid", "B", "4020")),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "113503", "Radiopharmaceutical Administration Event UID"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            concept=Code("DCM", "123003", "Radiopharmaceutical Start DateTime"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            concept=Code("DCM", "123004", "Radiopharmaceutical Stop DateTime"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "123005", "Radiopharmaceutical Volume"),
            units=(("code", "DT", "cm3", "UCUM", "cm3"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "123006", "Radionuclide Total Dose"),
            units=(("code", "DT", "Bq", "UCUM", "Bq"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "123007", "Radiopharmaceutical Specific Activity"),
            units=(("code", "DT", "Bq/mol", "UCUM", "Bq/mol"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "410675002", "Route of Administration"),
            values=(("cid", "B", "11"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "123009", "Radionuclide Syringe Counts"),
            units=(("code", "DT", "{counts}/s", "UCUM", "counts/s"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "123010", "Radionuclide Residual Syringe Counts"),
            units=(("code", "DT", "{counts}/s", "UCUM", "counts/s"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("LN", "14749-6", "Glucose"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="DATE",
            requirement="MC",
            concept=Code("DCM", "127857", "Glucose Measurement Date"),
            condition="IFF Row 12 is present and does not contain Observation DateTime (0040,A032)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 12 is present and does not contain Observation DateTime (0040,A032)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Row 12 is present and does not contain Observation DateTime (0040,A032)",
                ),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="TIME",
            requirement="MC",
            concept=Code("DCM", "127858", "Glucose Measurement Time"),
            condition="IFF Row 12 is present and does not contain Observation DateTime (0040,A032)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 12 is present and does not contain Observation DateTime (0040,A032)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Row 12 is present and does not contain Observation DateTime (0040,A032)",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class NMPETProtocolContext(TemplatePart):
    """TID 15101 NM/PET Protocol Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    radiopharmaceutical_agent: NMPETProtocolContextRadiopharmaceuticalAgent = field(
        metadata={"row": "1"}
    )
    """Row 1: CODE EV (349358000, SCT, \"Radiopharmaceutical agent\"), VM 1, M; values BCID 25, BCID 4021"""

    glucose: NMPETProtocolContextGlucose | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (14749-6, LN, \"Glucose\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""


@dataclass(kw_only=True)
class NMPETProtocolContextRadiopharmaceuticalAgent(TemplatePart):
    """Row 1 of TID 15101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid25Code | groups.Cid4021Code | Code
    """The value of row 1 (CODE)."""

    radionuclide: groups.Cid18Code | groups.Cid4020Code | Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (89457008, SCT, \"Radionuclide\"), VM 1, U; values BCID 18, BCID 4020"""

    radiopharmaceutical_administration_event_uid: str | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: UIDREF EV (113503, DCM, \"Radiopharmaceutical Administration Event UID\"), VM 1, U"""

    radiopharmaceutical_start_datetime: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATETIME EV (123003, DCM, \"Radiopharmaceutical Start DateTime\"), VM 1, U"""

    radiopharmaceutical_stop_datetime: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: DATETIME EV (123004, DCM, \"Radiopharmaceutical Stop DateTime\"), VM 1, U"""

    radiopharmaceutical_volume: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (123005, DCM, \"Radiopharmaceutical Volume\"), VM 1, U; units DT (cm3, UCUM, \"cm3\")"""

    radionuclide_total_dose: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (123006, DCM, \"Radionuclide Total Dose\"), VM 1, U; units DT (Bq, UCUM, \"Bq\")"""

    radiopharmaceutical_specific_activity: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (123007, DCM, \"Radiopharmaceutical Specific Activity\"), VM 1, U; units DT (Bq/mol, UCUM, \"Bq/mol\")"""

    route_of_administration: groups.Cid11Code | Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (410675002, SCT, \"Route of Administration\"), VM 1, U; values BCID 11"""

    radionuclide_syringe_counts: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (123009, DCM, \"Radionuclide Syringe Counts\"), VM 1, U; units DT ({counts}/s, UCUM, \"counts/s\")"""

    radionuclide_residual_syringe_counts: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (123010, DCM, \"Radionuclide Residual Syringe Counts\"), VM 1, U; units DT ({counts}/s, UCUM, \"counts/s\")"""


@dataclass(kw_only=True)
class NMPETProtocolContextGlucose(TemplatePart):
    """Row 12 of TID 15101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Num
    """The value of row 12 (NUM)."""

    glucose_measurement_date: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: DATE EV (127857, DCM, \"Glucose Measurement Date\"), VM 1, MC: IFF Row 12 is present and does not contain Observation DateTime (0040,A032)"""

    glucose_measurement_time: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: TIME EV (127858, DCM, \"Glucose Measurement Time\"), VM 1, MC: IFF Row 12 is present and does not contain Observation DateTime (0040,A032)"""
