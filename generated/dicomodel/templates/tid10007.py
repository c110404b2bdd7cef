"""TID 10007 Accumulated Total Projection Radiography Dose.

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
    "AccumulatedTotalProjectionRadiographyDose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10007",
    name="Accumulated Total Projection Radiography Dose",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "113722", "Dose Area Product Total"),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113725", "Dose (RP) Total"),
            condition='IF TID 10001 Row 4 = (113958, DCM, "Integrated Projection Radiography System") or any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content").',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 4 = §0 or any of the values of TID (10001) Row 18 are not §1",
            ),
            units=(("code", "EV", "Gy", "UCUM", "Gy"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "113737", "Distance Source to Reference Point"),
            condition="IFF the distance is constant for all irradiation events within the scope of accumulation.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the distance is constant for all irradiation events within the scope of accumulation",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the distance is constant for all irradiation events within the scope of accumulation",
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113731", "Total Number of Radiographic Frames"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition='IF any of (113725, DCM, "Dose (RP) Total"), (113728, DCM, "Fluoro Dose (RP) Total") or (113729, DCM, "Acquisition Dose (RP) Total") are present, and Row 6 is not present.',
            condition_status="parsed",
            required_if=(
                "and",
                ("concept_present", (("113725", "DCM"), ("113728", "DCM"), ("113729", "DCM"))),
                ("not", ("row_present", "6")),
            ),
            values=(("cid", "D", "10025"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("DCM", "113780", "Reference Point Definition"),
            condition='IF any of (113725, DCM, "Dose (RP) Total"), (113728, DCM, "Fluoro Dose (RP) Total") or (113729, DCM, "Acquisition Dose (RP) Total") are present, and Row 5 is not present.',
            condition_status="parsed",
            required_if=(
                "and",
                ("concept_present", (("113725", "DCM"), ("113728", "DCM"), ("113729", "DCM"))),
                ("not", ("row_present", "5")),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedTotalProjectionRadiographyDose(TemplatePart):
    """TID 10007 Accumulated Total Projection Radiography Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    dose_area_product_total: Num = field(metadata={"row": "1"})
    """Row 1: NUM EV (113722, DCM, \"Dose Area Product Total\"), VM 1, M; units EV (Gy.m2, UCUM, \"Gy.m2\")"""

    dose_rp_total: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (113725, DCM, \"Dose (RP) Total\"), VM 1, MC: IF TID 10001 Row 4 = (113958, DCM, \"Integrated Projection Radiography System\") or any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\").; units EV (Gy, UCUM, \"Gy\")"""

    distance_source_to_reference_point: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (113737, DCM, \"Distance Source to Reference Point\"), VM 1, UC: IFF the distance is constant for all irradiation events within the scope of accumulation.; units EV (mm, UCUM, \"mm\")"""

    total_number_of_radiographic_frames: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (113731, DCM, \"Total Number of Radiographic Frames\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    reference_point_definition: groups.Cid10025Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IF any of (113725, DCM, \"Dose (RP) Total\"), (113728, DCM, \"Fluoro Dose (RP) Total\") or (113729, DCM, \"Acquisition Dose (RP) Total\") are present, and Row 6 is not present.; values DCID 10025"""

    reference_point_definition_row_6: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (113780, DCM, \"Reference Point Definition\"), VM 1, MC: IF any of (113725, DCM, \"Dose (RP) Total\"), (113728, DCM, \"Fluoro Dose (RP) Total\") or (113729, DCM, \"Acquisition Dose (RP) Total\") are present, and Row 5 is not present."""
