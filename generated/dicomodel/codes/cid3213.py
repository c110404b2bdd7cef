"""CID 3213 Stress Hemodynamic Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.768.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3213
NAME: _Final[str] = "Stress Hemodynamic Finding"
KEYWORD: _Final[str | None] = "StressHemodynamicFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.768"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExertionalHypotension: _Final[_Code] = _Code("SCT", "429561008", "Exertional hypotension", (3213,))
"""Exertional hypotension (SCT 429561008)."""

ExertionalHypertension: _Final[_Code] = _Code(
    "SCT", "429198000", "Exertional hypertension", (3213,)
)
"""Exertional hypertension (SCT 429198000)."""

ChronotropicIncompetence: _Final[_Code] = _Code(
    "SCT", "427989008", "Chronotropic incompetence", (3213,)
)
"""Chronotropic incompetence (SCT 427989008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExertionalHypotension,
    ExertionalHypertension,
    ChronotropicIncompetence,
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
