"""TID 2001 Basic Diagnostic Imaging Report Observations.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.content import Reference
from dicomodel.sr.parts import Named, TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1400, tid1401, tid1402, tid1404

__all__ = [
    "TEMPLATE",
    "BasicDiagnosticImagingReportObservations",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2001",
    name="Basic Diagnostic Imaging Report Observations",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="IMAGE",
            requirement="MC",
            concept_ref=("cid", "B", "7003"),
            condition="XOR Rows 2, 3, 4, 5.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            forbidden_if=(
                "or",
                ("row_present", "2"),
                ("row_present", "3"),
                ("row_present", "4"),
                ("row_present", "5"),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1400",
            condition="XOR Rows 1, 3, 4, 5.\nShall not be present if the NUM value type is not supported by the IOD.",
            condition_status="undecidable",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            forbidden_if=(
                "or",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
                (
                    "unknown",
                    "outside the content tree: Shall not be present if the NUM value type is not supported by the IOD",
                ),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1401",
            condition="XOR Rows 1, 2, 4, 5.\nShall not be present if the NUM value type is not supported by the IOD.",
            condition_status="undecidable",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            forbidden_if=(
                "or",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
                (
                    "unknown",
                    "outside the content tree: Shall not be present if the NUM value type is not supported by the IOD",
                ),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1402",
            condition="XOR Rows 1, 2, 3, 5.\nShall not be present if the NUM value type is not supported by the IOD.",
            condition_status="undecidable",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                ),
            ),
            forbidden_if=(
                "or",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                ),
                (
                    "unknown",
                    "outside the content tree: Shall not be present if the NUM value type is not supported by the IOD",
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1404",
            condition="XOR Rows 1, 2, 3, 4.\nShall not be present if the NUM value type is not supported by the IOD.",
            condition_status="undecidable",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                ),
            ),
            forbidden_if=(
                "or",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                ),
                (
                    "unknown",
                    "outside the content tree: Shall not be present if the NUM value type is not supported by the IOD",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class BasicDiagnosticImagingReportObservations(TemplatePart):
    """TID 2001 Basic Diagnostic Imaging Report Observations."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_7003: Named[Reference] | None = field(default=None, metadata={"row": "1"})
    """Row 1: IMAGE BCID 7003, VM 1, MC: XOR Rows 2, 3, 4, 5."""

    linear_measurement: tid1400.LinearMeasurement | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1400, VM 1, MC: XOR Rows 1, 3, 4, 5. Shall not be present if the NUM value type is not supported by the IOD."""

    area_measurement: tid1401.AreaMeasurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1401, VM 1, MC: XOR Rows 1, 2, 4, 5. Shall not be present if the NUM value type is not supported by the IOD."""

    volume_measurement: tid1402.VolumeMeasurement | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1402, VM 1, MC: XOR Rows 1, 2, 3, 5. Shall not be present if the NUM value type is not supported by the IOD."""

    numeric_measurement: tid1404.NumericMeasurement | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1404, VM 1, MC: XOR Rows 1, 2, 3, 4. Shall not be present if the NUM value type is not supported by the IOD."""
