"""CID 6154 Echo Pattern.

Extensible, version 20050822, UID 1.2.840.10008.6.1.469.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6154
NAME: _Final[str] = "Echo Pattern"
KEYWORD: _Final[str | None] = "EchoPattern"
UID: _Final[str | None] = "1.2.840.10008.6.1.469"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Anechoic: _Final[_Code] = _Code("DCM", "111361", "Anechoic", (6154,))
"""Anechoic (DCM 111361)."""

Hyperechoic: _Final[_Code] = _Code("DCM", "111362", "Hyperechoic", (6154,))
"""Hyperechoic (DCM 111362)."""

Complex: _Final[_Code] = _Code("DCM", "111363", "Complex", (6154,))
"""Complex (DCM 111363)."""

Hypoechoic: _Final[_Code] = _Code("DCM", "111364", "Hypoechoic", (6154,))
"""Hypoechoic (DCM 111364)."""

Isoechoic: _Final[_Code] = _Code("DCM", "111365", "Isoechoic", (6154,))
"""Isoechoic (DCM 111365)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Anechoic, Hyperechoic, Complex, Hypoechoic, Isoechoic)
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
