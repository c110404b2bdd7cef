"""CID 10011 Effective Dose Evaluation Method.

Extensible, version 20071031, UID 1.2.840.10008.6.1.544.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10011
NAME: Final[str] = "Effective Dose Evaluation Method"
KEYWORD: Final[str | None] = "EffectiveDoseEvaluationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.544"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20071031"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DLPToEConversionViaMCComputation: Final[Code] = Code(
    "DCM", "113800", "DLP to E conversion via MC computation", (10011,)
)
"""DLP to E conversion via MC computation (DCM 113800)."""

CtdifreeairToEConversionViaMCComputation: Final[Code] = Code(
    "DCM", "113801", "CTDIfreeair to E conversion via MC computation", (10011,)
)
"""CTDIfreeair to E conversion via MC computation (DCM 113801)."""

DLPToEConversionViaMeasurement: Final[Code] = Code(
    "DCM", "113802", "DLP to E conversion via measurement", (10011,)
)
"""DLP to E conversion via measurement (DCM 113802)."""

CtdifreeairToEConversionViaMeasurement: Final[Code] = Code(
    "DCM", "113803", "CTDIfreeair to E conversion via measurement", (10011,)
)
"""CTDIfreeair to E conversion via measurement (DCM 113803)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DLPToEConversionViaMCComputation,
    CtdifreeairToEConversionViaMCComputation,
    DLPToEConversionViaMeasurement,
    CtdifreeairToEConversionViaMeasurement,
)
"""The resolved membership: own members, then those of the included groups, in order."""
