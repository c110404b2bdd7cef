"""CID 251 Complication Severity.

Extensible, version 20040112, UID 1.2.840.10008.6.1.39.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 251
NAME: _Final[str] = "Complication Severity"
KEYWORD: _Final[str | None] = "ComplicationSeverity"
UID: _Final[str | None] = "1.2.840.10008.6.1.39"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Major: _Final[_Code] = _Code("SCT", "255603008", "Major", (251,))
"""Major (SCT 255603008)."""

Minor: _Final[_Code] = _Code("SCT", "255606000", "Minor", (251,))
"""Minor (SCT 255606000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Major, Minor)
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
