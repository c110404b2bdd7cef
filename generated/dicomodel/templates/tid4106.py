"""TID 4106 Response Evaluation.

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
    "ResponseEvaluation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4106",
    name="Response Evaluation",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112020", "Response Evaluation"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112021", "Response Evaluation Method"),
            values=(
                ("code", "DT", "112022", "DCM", "RECIST"),
                ("code", "DT", "112029", "DCM", "WHO"),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112048", "Current Response"),
            values=(("cid", "D", "6143"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112049", "Best Overall Response"),
            values=(("cid", "D", "6143"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112051", "Measurement of Response"),
        ),
    ),
)


@dataclass(kw_only=True)
class ResponseEvaluation(TemplatePart):
    """TID 4106 Response Evaluation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    response_evaluation_method: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (112021, DCM, \"Response Evaluation Method\"), VM 1, M; values DT (112022, DCM, \"RECIST\"), DT (112029, DCM, \"WHO\")"""

    current_response: groups.Cid6143Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (112048, DCM, \"Current Response\"), VM 1, U; values DCID 6143"""

    best_overall_response: groups.Cid6143Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (112049, DCM, \"Best Overall Response\"), VM 1, U; values DCID 6143"""

    measurement_of_response: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (112051, DCM, \"Measurement of Response\"), VM 1, U"""
