"""TID 1607 Image Library Entry Descriptors for PET.

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
    "ImageLibraryEntryDescriptorsForPET",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1607",
    name="Image Library Entry Descriptors for PET",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "89457008", "Radionuclide"),
            values=(("cid", "D", "4020"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "349358000", "Radiopharmaceutical agent"),
            values=(("cid", "D", "4021"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "304283002", "Half-life of radiopharmaceutical"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="3b",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121022", "Accession Number"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123003", "Radiopharmaceutical Start DateTime"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123004", "Radiopharmaceutical Stop DateTime"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123005", "Radiopharmaceutical Volume"),
            units=(("code", "DT", "cm3", "UCUM", "cm3"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123006", "Radionuclide Total Dose"),
            units=(("code", "DT", "Bq", "UCUM", "Bq"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123007", "Radiopharmaceutical Specific Activity"),
            units=(("code", "DT", "Bq/mol", "UCUM", "Bq/mol"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "410675002", "Route of Administration"),
            values=(("cid", "B", "11"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123009", "Radionuclide Syringe Counts"),
            units=(("code", "DT", "{counts}/s", "UCUM", "counts/s"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123010", "Radionuclide Residual Syringe Counts"),
            units=(("code", "DT", "{counts}/s", "UCUM", "counts/s"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "126203", "PET Radionuclide Incubation Time"),
            units=(("code", "EV", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("LN", "14749-6", "Glucose"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="DATE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "127857", "Glucose Measurement Date"),
            condition="IF Row 13 Glucose is present and does not contain Observation DateTime (0040,A032).",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 13 Glucose is present and does not contain Observation DateTime (0040,A032)",
            ),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="TIME",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "127858", "Glucose Measurement Time"),
            condition="IF Row 13 Glucose is present and does not contain Observation DateTime (0040,A032).",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 13 Glucose is present and does not contain Observation DateTime (0040,A032)",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForPET(TemplatePart):
    """TID 1607 Image Library Entry Descriptors for PET."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    radionuclide: groups.Cid4020Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (89457008, SCT, \"Radionuclide\"), VM 1, U; values DCID 4020"""

    radiopharmaceutical_agent: groups.Cid4021Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (349358000, SCT, \"Radiopharmaceutical agent\"), VM 1, U; values DCID 4021"""

    half_life_of_radiopharmaceutical: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (304283002, SCT, \"Half-life of radiopharmaceutical\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    accession_number: str | None = field(default=None, metadata={"row": "3b"})
    """Row 3b: TEXT EV (121022, DCM, \"Accession Number\"), VM 1, U"""

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

    pet_radionuclide_incubation_time: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (126203, DCM, \"PET Radionuclide Incubation Time\"), VM 1, U; units EV (min, UCUM, \"min\")"""

    glucose: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (14749-6, LN, \"Glucose\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""

    glucose_measurement_date: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: DATE EV (127857, DCM, \"Glucose Measurement Date\"), VM 1, MC: IF Row 13 Glucose is present and does not contain Observation DateTime (0040,A032)."""

    glucose_measurement_time: str | None = field(default=None, metadata={"row": "15"})
    """Row 15: TIME EV (127858, DCM, \"Glucose Measurement Time\"), VM 1, MC: IF Row 13 Glucose is present and does not contain Observation DateTime (0040,A032)."""
