"""TID 3470 NM/PET Acquisition Context.

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
    from dicomodel.templates import tid3471

__all__ = [
    "TEMPLATE",
    "NMPETAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3470",
    name="NM/PET Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "D", "3101"),),
        ),
        RowDef(key="2", nesting=0, value_type="INCLUDE", requirement="U", include="3471"),
    ),
)


@dataclass(kw_only=True)
class NMPETAcquisitionContext(TemplatePart):
    """TID 3470 NM/PET Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    patient_state: groups.Cid3101Code = field(metadata={"row": "1"})
    """Row 1: CODE DT (109054, DCM, \"Patient State\"), VM 1, M; values DCID 3101"""

    pet_covariates_acquisition_context: tid3471.PETCovariatesAcquisitionContext | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE BTID 3471, VM 1, U"""
