"""TID 10004 Accumulated Fluoroscopy and Acquisition Projection X-Ray Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AccumulatedFluoroscopyAndAcquisitionProjectionXRayDose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10004",
    name="Accumulated Fluoroscopy and Acquisition Projection X-Ray Dose",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113726", "Fluoro Dose Area Product Total"),
            condition='IFF TID 10003 Row 7 value = (44491008, SCT, "Fluoroscopy") for at least one irradiation event',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event",
                ),
            ),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113728", "Fluoro Dose (RP) Total"),
            condition='IFF TID 10003 Row 7 value = (44491008, SCT, "Fluoroscopy") for at least one irradiation event AND any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content").',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event AND any of the values of TID (10001) Row 18 are not §1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event AND any of the values of TID (10001) Row 18 are not §1",
                ),
            ),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113730", "Total Fluoro Time"),
            condition='IFF TID 10003 Row 7 value = (44491008, SCT, "Fluoroscopy") for at least one irradiation event.',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10003 Row 7 value = §0 for at least one irradiation event",
                ),
            ),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113727", "Acquisition Dose Area Product Total"),
            condition='IF any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content").',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: any of the values of TID (10001) Row 18 are not §0",
            ),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113729", "Acquisition Dose (RP) Total"),
            condition='IF any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content").',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: any of the values of TID (10001) Row 18 are not §0",
            ),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113855", "Total Acquisition Time"),
            condition='IF any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content").',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: any of the values of TID (10001) Row 18 are not §0",
            ),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedFluoroscopyAndAcquisitionProjectionXRayDose(TemplatePart):
    """TID 10004 Accumulated Fluoroscopy and Acquisition Projection X-Ray Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    fluoro_dose_area_product_total: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (113726, DCM, \"Fluoro Dose Area Product Total\"), VM 1, MC: IFF TID 10003 Row 7 value = (44491008, SCT, \"Fluoroscopy\") for at least one irradiation event; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    fluoro_dose_rp_total: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (113728, DCM, \"Fluoro Dose (RP) Total\"), VM 1, MC: IFF TID 10003 Row 7 value = (44491008, SCT, \"Fluoroscopy\") for at least one irradiation event AND any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\").; units EV (Gy, UCUM, \"Gy\")"""

    total_fluoro_time: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (113730, DCM, \"Total Fluoro Time\"), VM 1, MC: IFF TID 10003 Row 7 value = (44491008, SCT, \"Fluoroscopy\") for at least one irradiation event.; units EV (s, UCUM, \"s\")"""

    acquisition_dose_area_product_total: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (113727, DCM, \"Acquisition Dose Area Product Total\"), VM 1, MC: IF any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\").; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    acquisition_dose_rp_total: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (113729, DCM, \"Acquisition Dose (RP) Total\"), VM 1, MC: IF any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\").; units EV (Gy, UCUM, \"Gy\")"""

    total_acquisition_time: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113855, DCM, \"Total Acquisition Time\"), VM 1, MC: IF any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\").; units EV (s, UCUM, \"s\")"""
