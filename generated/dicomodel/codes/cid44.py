"""CID 44 Numeric Value Unknown Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1357.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 44
NAME: _Final[str] = "Numeric Value Unknown Qualifier"
KEYWORD: _Final[str | None] = "NumericValueUnknownQualifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1357"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MeasurementNotAttempted: _Final[_Code] = _Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007)."""

ValueUnknown: _Final[_Code] = _Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010)."""

ValueIndeterminate: _Final[_Code] = _Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MeasurementNotAttempted, ValueUnknown, ValueIndeterminate)
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
