"""TID 3471 PET Covariates Acquisition Context.

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
    "PETCovariatesAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3471",
    name="PET Covariates Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("LN", "14749-6", "Glucose"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="DATE",
            requirement="MC",
            concept=Code("DCM", "127857", "Glucose Measurement Date"),
            condition="IFF Row 1 is present and does not contain Observation DateTime (0040,A032)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 1 is present and does not contain Observation DateTime (0040,A032)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Row 1 is present and does not contain Observation DateTime (0040,A032)",
                ),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TIME",
            requirement="MC",
            concept=Code("DCM", "127858", "Glucose Measurement Time"),
            condition="IFF Row 1 is present and does not contain Observation DateTime (0040,A032)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 1 is present and does not contain Observation DateTime (0040,A032)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Row 1 is present and does not contain Observation DateTime (0040,A032)",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class PETCovariatesAcquisitionContext(TemplatePart):
    """TID 3471 PET Covariates Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    glucose: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM (14749-6, LN, \"Glucose\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""

    glucose_measurement_date: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATE (127857, DCM, \"Glucose Measurement Date\"), VM 1, MC: IFF Row 1 is present and does not contain Observation DateTime (0040,A032)"""

    glucose_measurement_time: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TIME (127858, DCM, \"Glucose Measurement Time\"), VM 1, MC: IFF Row 1 is present and does not contain Observation DateTime (0040,A032)"""
