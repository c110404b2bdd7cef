"""CID 220 Significance Level.

Extensible, version 20030327, UID 1.2.840.10008.6.1.25.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 220
NAME: _Final[str] = "Significance Level"
KEYWORD: _Final[str | None] = "SignificanceLevel"
UID: _Final[str | None] = "1.2.840.10008.6.1.25"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MostSignificant: _Final[_Code] = _Code("SCT", "371925005", "Most significant", (220,))
"""Most significant (SCT 371925005)."""

HighlySignificant: _Final[_Code] = _Code("SCT", "371926006", "Highly significant", (220,))
"""Highly significant (SCT 371926006)."""

Significant: _Final[_Code] = _Code("SCT", "386134007", "Significant", (220,))
"""Significant (SCT 386134007)."""

NotSignificant: _Final[_Code] = _Code("SCT", "371928007", "Not significant", (220,))
"""Not significant (SCT 371928007)."""

SignificanceUndetermined: _Final[_Code] = _Code(
    "SCT", "386135008", "Significance Undetermined", (220,)
)
"""Significance Undetermined (SCT 386135008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MostSignificant,
    HighlySignificant,
    Significant,
    NotSignificant,
    SignificanceUndetermined,
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
