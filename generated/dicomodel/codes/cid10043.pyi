"""CID 10043 Intravenous Extravasation Symptom.

Extensible, version 20210328, UID 1.2.840.10008.6.1.975.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
InjectionSiteAbscess: _Final[_Code]
InjectionSiteAnesthesia: _Final[_Code]
InjectionSiteAtrophy: _Final[_Code]
InjectionSiteBruising: _Final[_Code]
InjectionSiteBurning: _Final[_Code]
InjectionSiteCyst: _Final[_Code]
InjectionSiteDermatitis: _Final[_Code]
InjectionSiteDisorder: _Final[_Code]
InjectionSiteEdema: _Final[_Code]
InjectionSiteFibrosis: _Final[_Code]
InjectionSiteGranuloma: _Final[_Code]
InjectionSiteHemorrhage: _Final[_Code]
InjectionSiteHypersensitivity: _Final[_Code]
InjectionSiteInduration: _Final[_Code]
InjectionSiteInfection: _Final[_Code]
InjectionSiteInflammation: _Final[_Code]
InjectionSiteIrritation: _Final[_Code]
InjectionSiteMalabsorption: _Final[_Code]
InjectionSiteMass: _Final[_Code]
InjectionSiteNecrosis: _Final[_Code]
InjectionSiteNerveDamage: _Final[_Code]
InjectionSitePain: _Final[_Code]
InjectionSiteParesthesia: _Final[_Code]
InjectionSitePigmentationChange: _Final[_Code]
InjectionSiteScar: _Final[_Code]
InjectionSiteSterileAbscess: _Final[_Code]
InjectionSiteThrombosis: _Final[_Code]
InjectionSiteUlcer: _Final[_Code]
InjectionSiteUrticaria: _Final[_Code]
ExtravasationVisibleInImage: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
