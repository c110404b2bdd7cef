"""TID 2008 Radiation Exposure and Protection Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001

__all__ = [
    "TEMPLATE",
    "RadiationExposureAndProtectionInformation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2008",
    name="Radiation Exposure and Protection Information",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "73569-6", "Radiation Exposure and Protection Information"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "364320009", "Pregnancy observable"),
            condition="IF female patient of child-bearing age",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF female patient of child-bearing age",
            ),
            values=(("cid", "D", "6096"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="PNAME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113850", "Irradiation Authorizing"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113921", "Radiation Exposure"),
            condition="IFF ionizing radiation is applied in the context of the current procedure",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF ionizing radiation is applied in the context of the current procedure",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF ionizing radiation is applied in the context of the current procedure",
                ),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "440252007", "Administration of radiopharmaceutical"),
            condition="IFF radioactive substance is administered in the context of the current procedure",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF radioactive substance is administered in the context of the current procedure",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF radioactive substance is administered in the context of the current procedure",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationExposureAndProtectionInformation(TemplatePart):
    """TID 2008 Radiation Exposure and Protection Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1001, VM 1, U"""

    pregnancy_observable: groups.Cid6096Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (364320009, SCT, \"Pregnancy observable\"), VM 1, MC: IF female patient of child-bearing age; values DCID 6096"""

    indications_for_procedure: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (18785-6, LN, \"Indications for Procedure\"), VM 1, M"""

    irradiation_authorizing: str = field(metadata={"row": "5"})
    """Row 5: PNAME EV (113850, DCM, \"Irradiation Authorizing\"), VM 1, M"""

    radiation_exposure: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (113921, DCM, \"Radiation Exposure\"), VM 1, MC: IFF ionizing radiation is applied in the context of the current procedure"""

    administration_of_radiopharmaceutical: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (440252007, SCT, \"Administration of radiopharmaceutical\"), VM 1, MC: IFF radioactive substance is administered in the context of the current procedure"""
