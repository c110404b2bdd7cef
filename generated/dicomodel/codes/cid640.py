"""CID 640 Fibril.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1105.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 640
NAME: _Final[str] = "Fibril"
KEYWORD: _Final[str | None] = "Fibril"
UID: _Final[str | None] = "1.2.840.10008.6.1.1105"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HumanAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127851", "Human alpha synuclein preformed fibrils", (640,)
)
"""Human alpha synuclein preformed fibrils (DCM 127851)."""

MouseAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127852", "Mouse alpha synuclein preformed fibrils", (640,)
)
"""Mouse alpha synuclein preformed fibrils (DCM 127852)."""

HumanTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127853", "Human Tau preformed fibrils", (640,)
)
"""Human Tau preformed fibrils (DCM 127853)."""

MouseTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127854", "Mouse Tau preformed fibrils", (640,)
)
"""Mouse Tau preformed fibrils (DCM 127854)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HumanAlphaSynucleinPreformedFibrils,
    MouseAlphaSynucleinPreformedFibrils,
    HumanTauPreformedFibrils,
    MouseTauPreformedFibrils,
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
