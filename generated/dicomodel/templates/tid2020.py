"""TID 2020 Spectacle Prescription Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid2021

__all__ = [
    "TEMPLATE",
    "SpectaclePrescriptionReport",
    "SpectaclePrescriptionReportRightEyeRx",
    "SpectaclePrescriptionReportLeftEyeRx",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2020",
    name="Spectacle Prescription Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111671", "Spectacle Prescription Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111688", "Right Eye Rx"),
            condition="IF Right Spectacle Lens is prescribed",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Right Spectacle Lens is prescribed",
            ),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="2021",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111689", "Left Eye Rx"),
            condition="IF Left Spectacle Lens is prescribed",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Left Spectacle Lens is prescribed",
            ),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="2021",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111679", "Distance Pupillary Distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111680", "Near Pupillary Distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class SpectaclePrescriptionReport(TemplatePart):
    """TID 2020 Spectacle Prescription Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    right_eye_rx: SpectaclePrescriptionReportRightEyeRx | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CONTAINER EV (111688, DCM, \"Right Eye Rx\"), VM 1, UC: IF Right Spectacle Lens is prescribed"""

    left_eye_rx: SpectaclePrescriptionReportLeftEyeRx | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (111689, DCM, \"Left Eye Rx\"), VM 1, UC: IF Left Spectacle Lens is prescribed"""

    distance_pupillary_distance: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111679, DCM, \"Distance Pupillary Distance\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    near_pupillary_distance: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (111680, DCM, \"Near Pupillary Distance\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    comment: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class SpectaclePrescriptionReportRightEyeRx(TemplatePart):
    """Row 2 of TID 2020."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    template_for_spectacle_prescription_details: tid2021.TemplateForSpectaclePrescriptionDetails = (
        field(metadata={"row": "3"})
    )
    """Row 3: INCLUDE DTID 2021, VM 1, M"""


@dataclass(kw_only=True)
class SpectaclePrescriptionReportLeftEyeRx(TemplatePart):
    """Row 4 of TID 2020."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    template_for_spectacle_prescription_details: tid2021.TemplateForSpectaclePrescriptionDetails = (
        field(metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 2021, VM 1, M"""
