"""CID 12118 Measurement Orientation.

Extensible, version 20110125, UID 1.2.840.10008.6.1.926.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12118
NAME: _Final[str] = "Measurement Orientation"
KEYWORD: _Final[str | None] = "MeasurementOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.926"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110125"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorPosterior: _Final[_Code] = _Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AnteriorPosterior, Transverse, Longitudinal)
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
