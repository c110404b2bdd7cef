"""CID 7262 Diffusion Tractography Algorithm Family.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1061.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7262
NAME: Final[str] = "Diffusion Tractography Algorithm Family"
KEYWORD: Final[str | None] = "DiffusionTractographyAlgorithmFamily"
UID: Final[str | None] = "1.2.840.10008.6.1.1061"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Deterministic: Final[Code] = Code("DCM", "113211", "Deterministic", (7262,))
"""Deterministic (DCM 113211)."""

Probabilistic: Final[Code] = Code("DCM", "113212", "Probabilistic", (7262,))
"""Probabilistic (DCM 113212)."""

Global: Final[Code] = Code("DCM", "113213", "Global", (7262,))
"""Global (DCM 113213)."""

FACT: Final[Code] = Code("DCM", "113214", "FACT", (7262,))
"""FACT (DCM 113214)."""

Streamline: Final[Code] = Code("DCM", "113215", "Streamline", (7262,))
"""Streamline (DCM 113215)."""

TEND: Final[Code] = Code("DCM", "113216", "TEND", (7262,))
"""TEND (DCM 113216)."""

Bootstrap: Final[Code] = Code("DCM", "113217", "Bootstrap", (7262,))
"""Bootstrap (DCM 113217)."""

Euler: Final[Code] = Code("DCM", "113218", "Euler", (7262,))
"""Euler (DCM 113218)."""

RungeKutta: Final[Code] = Code("DCM", "113219", "Runge-Kutta", (7262,))
"""Runge-Kutta (DCM 113219)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
