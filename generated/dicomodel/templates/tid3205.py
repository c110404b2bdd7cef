"""TID 3205 Calibration.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "Calibration",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3205",
    name="Calibration",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122505", "Calibration"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111031", "Image View"),
            values=(("parameter", "$CalibrationPlane"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111001", "Algorithm Name"),
            condition="IF different from Analysis program specified in the invoking Template",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF different from Analysis program specified in the invoking Template",
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111003", "Algorithm Version"),
            condition="IF different from Analysis program specified in the invoking Template",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF different from Analysis program specified in the invoking Template",
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "122405", "Algorithm Manufacturer"),
            condition="IF different from Analysis program specified in the invoking Template",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF different from Analysis program specified in the invoking Template",
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122422", "Calibration Method"),
            values=(("cid", "D", "3452"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122421", "Calibration Object"),
            condition="If Row 6 value specifies Calibration Object Used",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 6 value specifies Calibration Object Used",
            ),
            values=(("cid", "D", "3451"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122423", "Calibration Object Size"),
            condition="If Row 6 value specifies Calibration Object Used",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 6 value specifies Calibration Object Used",
            ),
            values=(("cid", "D", "3510"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "111026", "DCM", "Horizontal Pixel Spacing"),)),
                ("$Units", (("code", "DT", "mm/{pixel}", "UCUM", "mm/pixel"),)),
                ("$ImagePurpose", (("code", "EV", "121112", "DCM", "Source of Measurement"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "111066", "DCM", "Vertical Pixel Spacing"),)),
                ("$Units", (("code", "DT", "mm/{pixel}", "UCUM", "mm/pixel"),)),
                ("$ImagePurpose", (("code", "EV", "121112", "DCM", "Source of Measurement"),)),
            ),
        ),
        RowDef(key="11", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class Calibration(TemplatePart):
    """TID 3205 Calibration."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    image_view: Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (111031, DCM, \"Image View\"), VM 1, U; values $CalibrationPlane"""

    algorithm_name: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (111001, DCM, \"Algorithm Name\"), VM 1, MC: IF different from Analysis program specified in the invoking Template"""

    algorithm_version: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (111003, DCM, \"Algorithm Version\"), VM 1, MC: IF different from Analysis program specified in the invoking Template"""

    algorithm_manufacturer: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (122405, DCM, \"Algorithm Manufacturer\"), VM 1, MC: IF different from Analysis program specified in the invoking Template"""

    calibration_method: groups.Cid3452Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (122422, DCM, \"Calibration Method\"), VM 1, M; values DCID 3452"""

    calibration_object: groups.Cid3451Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (122421, DCM, \"Calibration Object\"), VM 1, MC: If Row 6 value specifies Calibration Object Used; values DCID 3451"""

    calibration_object_size: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122423, DCM, \"Calibration Object Size\"), VM 1, MC: If Row 6 value specifies Calibration Object Used; values DCID 3510"""

    measurement: tid300.Measurement = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, M"""

    measurement_row_10: tid300.Measurement = field(metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, M"""

    image_11: Reference | None = field(default=None, metadata={"row": "11"})
    """Row 11: IMAGE -, VM 1, U"""
