"""TID 3480 Neurophysiologic Stimulation Acquisition Context.

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
    "NeurophysiologicStimulationAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3480",
    name="Neurophysiologic Stimulation Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "130491", "Stimulation Mode"),
            values=(("cid", "B", "3041"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130492", "Stimulus Sample Position"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130493", "Stimulus Time Offset"),
            units=(("code", "DT", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130494", "Number of Stimulus Events"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130495", "Frequency of Stimulus Events"),
            condition="IFF Row 4 is present and contains a number greater than 1",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 4 is present and contains a number greater than 1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Row 4 is present and contains a number greater than 1",
                ),
            ),
            units=(("code", "DT", "Hz", "UCUM", "Hz"),),
        ),
    ),
)


@dataclass(kw_only=True)
class NeurophysiologicStimulationAcquisitionContext(TemplatePart):
    """TID 3480 Neurophysiologic Stimulation Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid3041Code | Code
    """The value of row 1 (CODE)."""

    stimulus_sample_position: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130492, DCM, \"Stimulus Sample Position\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    stimulus_time_offset: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (130493, DCM, \"Stimulus Time Offset\"), VM 1, U; units DT (ms, UCUM, \"ms\")"""

    number_of_stimulus_events: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (130494, DCM, \"Number of Stimulus Events\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    frequency_of_stimulus_events: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130495, DCM, \"Frequency of Stimulus Events\"), VM 1, MC: IFF Row 4 is present and contains a number greater than 1; units DT (Hz, UCUM, \"Hz\")"""
