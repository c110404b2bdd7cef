"""CID 4107 Tracer Kinetic Model Parameter.

Extensible, version 20141110, UID 1.2.840.10008.6.1.992.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4107
NAME: _Final[str] = "Tracer Kinetic Model Parameter"
KEYWORD: _Final[str | None] = "TracerKineticModelParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.992"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ktrans: _Final[_Code] = _Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312)."""

Kep: _Final[_Code] = _Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313)."""

Ve: _Final[_Code] = _Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314)."""

TauM: _Final[_Code] = _Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330)."""

Vp: _Final[_Code] = _Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Ktrans, Kep, Ve, TauM, Vp)
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
