"""TID 15307 Acquisition Initiation Parameters.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AcquisitionInitiationParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15307",
    name="Acquisition Initiation Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "130791", "Acquisition Initiation Type"),
            values=(("cid", "B", "9270"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "130796", "Incremental Acquisition Triggering"),
            condition='IFF value of Row 1 is (130795, DCM, "Acquisition Initiation by triggering parameter")',
            condition_status="parsed",
            required_if=("row_code", "1", (("130795", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("130795", "DCM"),))),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130797", "Meterset"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 1 is (130795, DCM, "Acquisition Initiation by triggering parameter")\nXOR Rows 4, 5, 6',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("130795", "DCM"),)),
                ("not", ("or", ("row_present", "4"), ("row_present", "5"), ("row_present", "6"))),
            ),
            forbidden_if=(
                "or",
                ("not", ("row_code", "1", (("130795", "DCM"),))),
                ("or", ("row_present", "4"), ("row_present", "5"), ("row_present", "6")),
            ),
            units=(("cid", "D", "9269"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130798", "Source Continuous Roll Angle"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 1 is (130795, DCM, "Acquisition Initiation by triggering parameter")\nXOR Rows 3, 5, 6',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("130795", "DCM"),)),
                ("not", ("or", ("row_present", "3"), ("row_present", "5"), ("row_present", "6"))),
            ),
            forbidden_if=(
                "or",
                ("not", ("row_code", "1", (("130795", "DCM"),))),
                ("or", ("row_present", "3"), ("row_present", "5"), ("row_present", "6")),
            ),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130799", "Time after start of Radiation"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 1 is (130795, DCM, "Acquisition Initiation by triggering parameter")\nXOR Rows 3, 4, 6',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("130795", "DCM"),)),
                ("not", ("or", ("row_present", "3"), ("row_present", "4"), ("row_present", "6"))),
            ),
            forbidden_if=(
                "or",
                ("not", ("row_code", "1", (("130795", "DCM"),))),
                ("or", ("row_present", "3"), ("row_present", "4"), ("row_present", "6")),
            ),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130800", "Percentage of expected beam-on time of Radiation"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 1 is (130795, DCM, "Acquisition Initiation by triggering parameter")\nXOR Rows 3, 4, 5',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("130795", "DCM"),)),
                ("not", ("or", ("row_present", "3"), ("row_present", "4"), ("row_present", "5"))),
            ),
            forbidden_if=(
                "or",
                ("not", ("row_code", "1", (("130795", "DCM"),))),
                ("or", ("row_present", "3"), ("row_present", "4"), ("row_present", "5")),
            ),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AcquisitionInitiationParameters(TemplatePart):
    """TID 15307 Acquisition Initiation Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    acquisition_initiation_type: groups.Cid9270Code | Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (130791, DCM, \"Acquisition Initiation Type\"), VM 1, M; values BCID 9270"""

    incremental_acquisition_triggering: groups.Cid231Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (130796, DCM, \"Incremental Acquisition Triggering\"), VM 1, MC: IFF value of Row 1 is (130795, DCM, \"Acquisition Initiation by triggering parameter\"); values DCID 231"""

    meterset: list[Num] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: NUM EV (130797, DCM, \"Meterset\"), VM 1-n, MC: IFF value of Row 1 is (130795, DCM, \"Acquisition Initiation by triggering parameter\") XOR Rows 4, 5, 6; units DCID 9269"""

    source_continuous_roll_angle: list[Num] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM EV (130798, DCM, \"Source Continuous Roll Angle\"), VM 1-n, MC: IFF value of Row 1 is (130795, DCM, \"Acquisition Initiation by triggering parameter\") XOR Rows 3, 5, 6; units EV (deg, UCUM, \"deg\")"""

    time_after_start_of_radiation: list[Num] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: NUM EV (130799, DCM, \"Time after start of Radiation\"), VM 1-n, MC: IFF value of Row 1 is (130795, DCM, \"Acquisition Initiation by triggering parameter\") XOR Rows 3, 4, 6; units EV (s, UCUM, \"s\")"""

    percentage_of_expected_beam_on_time_of_radiation: list[Num] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: NUM EV (130800, DCM, \"Percentage of expected beam-on time of Radiation\"), VM 1-n, MC: IFF value of Row 1 is (130795, DCM, \"Acquisition Initiation by triggering parameter\") XOR Rows 3, 4, 5; units EV (%, UCUM, \"%\")"""
