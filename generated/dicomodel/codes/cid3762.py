"""CID 3762 Antiarrhythmic Agent.

Extensible, version 20070827, UID 1.2.840.10008.6.1.256.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3762
NAME: _Final[str] = "Antiarrhythmic Agent"
KEYWORD: _Final[str | None] = "AntiarrhythmicAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.256"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ClassIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "373260001", "class I antiarrhythmic agent", (3762,)
)
"""class I antiarrhythmic agent (SCT 373260001)."""

ClassIIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "373278006", "class II antiarrhythmic agent", (3762,)
)
"""class II antiarrhythmic agent (SCT 373278006)."""

ClassIIIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "372855004", "class III antiarrhythmic agent", (3762,)
)
"""class III antiarrhythmic agent (SCT 372855004)."""

ClassIVAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "372693007", "class IV antiarrhythmic agent", (3762,)
)
"""class IV antiarrhythmic agent (SCT 372693007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ClassIAntiarrhythmicAgent,
    ClassIIAntiarrhythmicAgent,
    ClassIIIAntiarrhythmicAgent,
    ClassIVAntiarrhythmicAgent,
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
