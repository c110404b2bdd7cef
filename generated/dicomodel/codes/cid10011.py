"""CID 10011 Effective Dose Evaluation Method.

Extensible, version 20071031, UID 1.2.840.10008.6.1.544.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10011
NAME: _Final[str] = "Effective Dose Evaluation Method"
KEYWORD: _Final[str | None] = "EffectiveDoseEvaluationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.544"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20071031"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DLPToEConversionViaMCComputation: _Final[_Code] = _Code(
    "DCM", "113800", "DLP to E conversion via MC computation", (10011,)
)
"""DLP to E conversion via MC computation (DCM 113800)."""

CtdifreeairToEConversionViaMCComputation: _Final[_Code] = _Code(
    "DCM", "113801", "CTDIfreeair to E conversion via MC computation", (10011,)
)
"""CTDIfreeair to E conversion via MC computation (DCM 113801)."""

DLPToEConversionViaMeasurement: _Final[_Code] = _Code(
    "DCM", "113802", "DLP to E conversion via measurement", (10011,)
)
"""DLP to E conversion via measurement (DCM 113802)."""

CtdifreeairToEConversionViaMeasurement: _Final[_Code] = _Code(
    "DCM", "113803", "CTDIfreeair to E conversion via measurement", (10011,)
)
"""CTDIfreeair to E conversion via measurement (DCM 113803)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DLPToEConversionViaMCComputation,
    CtdifreeairToEConversionViaMCComputation,
    DLPToEConversionViaMeasurement,
    CtdifreeairToEConversionViaMeasurement,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
