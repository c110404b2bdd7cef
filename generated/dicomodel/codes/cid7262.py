"""CID 7262 Diffusion Tractography Algorithm Family.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1061.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7262
NAME: _Final[str] = "Diffusion Tractography Algorithm Family"
KEYWORD: _Final[str | None] = "DiffusionTractographyAlgorithmFamily"
UID: _Final[str | None] = "1.2.840.10008.6.1.1061"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Deterministic: _Final[_Code] = _Code("DCM", "113211", "Deterministic", (7262,))
"""Deterministic (DCM 113211)."""

Probabilistic: _Final[_Code] = _Code("DCM", "113212", "Probabilistic", (7262,))
"""Probabilistic (DCM 113212)."""

Global: _Final[_Code] = _Code("DCM", "113213", "Global", (7262,))
"""Global (DCM 113213)."""

FACT: _Final[_Code] = _Code("DCM", "113214", "FACT", (7262,))
"""FACT (DCM 113214)."""

Streamline: _Final[_Code] = _Code("DCM", "113215", "Streamline", (7262,))
"""Streamline (DCM 113215)."""

TEND: _Final[_Code] = _Code("DCM", "113216", "TEND", (7262,))
"""TEND (DCM 113216)."""

Bootstrap: _Final[_Code] = _Code("DCM", "113217", "Bootstrap", (7262,))
"""Bootstrap (DCM 113217)."""

Euler: _Final[_Code] = _Code("DCM", "113218", "Euler", (7262,))
"""Euler (DCM 113218)."""

RungeKutta: _Final[_Code] = _Code("DCM", "113219", "Runge-Kutta", (7262,))
"""Runge-Kutta (DCM 113219)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Deterministic,
    Probabilistic,
    Global,
    FACT,
    Streamline,
    TEND,
    Bootstrap,
    Euler,
    RungeKutta,
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
