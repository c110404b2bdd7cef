"""CID 10043 Intravenous Extravasation Symptom.

Extensible, version 20210328, UID 1.2.840.10008.6.1.975.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InjectionSiteAbscess: _Final[_groups.Cid10043Code]
InjectionSiteAnesthesia: _Final[_groups.Cid10043Code]
InjectionSiteAtrophy: _Final[_groups.Cid10043Code]
InjectionSiteBruising: _Final[_groups.Cid10043Code]
InjectionSiteBurning: _Final[_groups.Cid10043Code]
InjectionSiteCyst: _Final[_groups.Cid10043Code]
InjectionSiteDermatitis: _Final[_groups.Cid10043Code]
InjectionSiteDisorder: _Final[_groups.Cid10043Code]
InjectionSiteEdema: _Final[_groups.Cid10043Code]
InjectionSiteFibrosis: _Final[_groups.Cid10043Code]
InjectionSiteGranuloma: _Final[_groups.Cid10043Code]
InjectionSiteHemorrhage: _Final[_groups.Cid10043Code]
InjectionSiteHypersensitivity: _Final[_groups.Cid10043Code]
InjectionSiteInduration: _Final[_groups.Cid10043Code]
InjectionSiteInfection: _Final[_groups.Cid10043Code]
InjectionSiteInflammation: _Final[_groups.Cid10043Code]
InjectionSiteIrritation: _Final[_groups.Cid10043Code]
InjectionSiteMalabsorption: _Final[_groups.Cid10043Code]
InjectionSiteMass: _Final[_groups.Cid10043Code]
InjectionSiteNecrosis: _Final[_groups.Cid10043Code]
InjectionSiteNerveDamage: _Final[_groups.Cid10043Code]
InjectionSitePain: _Final[_groups.Cid10043Code]
InjectionSiteParesthesia: _Final[_groups.Cid10043Code]
InjectionSitePigmentationChange: _Final[_groups.Cid10043Code]
InjectionSiteScar: _Final[_groups.Cid10043Code]
InjectionSiteSterileAbscess: _Final[_groups.Cid10043Code]
InjectionSiteThrombosis: _Final[_groups.Cid10043Code]
InjectionSiteUlcer: _Final[_groups.Cid10043Code]
InjectionSiteUrticaria: _Final[_groups.Cid10043Code]
ExtravasationVisibleInImage: _Final[_groups.Cid10043Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10043Code]]
