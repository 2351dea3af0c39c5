"""Countries: canonical name, then other names (separated by " | "), one country per line.
Derived from the ISO 3166-1 list shipped in the PyPI package pycountry 26.2.16 (data from Debian's
iso-codes, LGPL-2.1): short name, common name and official name; canonical short forms ("Russia",
"United States") and common aliases ("US", "U.S.", "America", "UK", "Britain") added by hand for Factdesk.

Kept as a Python module (not a data file) so that it ships with the package and is never caught by an
ignore rule; read once, at first use (`countries()`).
"""

from __future__ import annotations

from functools import cache

COUNTRIES = """
Aruba
Afghanistan | Islamic Republic of Afghanistan
Angola | Republic of Angola
Anguilla
Åland Islands
Albania | Republic of Albania
Andorra | Principality of Andorra
United Arab Emirates | UAE | U.A.E.
Argentina | Argentine Republic
Armenia | Republic of Armenia
American Samoa
Antarctica
French Southern Territories
Antigua and Barbuda
Australia
Austria | Republic of Austria
Azerbaijan | Republic of Azerbaijan
Burundi | Republic of Burundi
Belgium | Kingdom of Belgium
Benin | Republic of Benin
Bonaire, Sint Eustatius and Saba
Burkina Faso
Bangladesh | People's Republic of Bangladesh
Bulgaria | Republic of Bulgaria
Bahrain | Kingdom of Bahrain
Bahamas | Commonwealth of the Bahamas
Bosnia and Herzegovina | Republic of Bosnia and Herzegovina
Saint Barthélemy
Belarus | Republic of Belarus
Belize
Bermuda
Bolivia | Plurinational State of Bolivia
Brazil | Federative Republic of Brazil
Barbados
Brunei | Brunei Darussalam
Bhutan | Kingdom of Bhutan
Bouvet Island
Botswana | Republic of Botswana
Central African Republic
Canada
Cocos (Keeling) Islands
Switzerland | Swiss Confederation
Chile | Republic of Chile
China | People's Republic of China | PRC
Ivory Coast | Côte d'Ivoire | Republic of Côte d'Ivoire
Cameroon | Republic of Cameroon
Democratic Republic of the Congo | DR Congo | DRC
Republic of the Congo | Congo
Cook Islands
Colombia | Republic of Colombia
Comoros | Union of the Comoros
Cape Verde | Cabo Verde | Republic of Cabo Verde
Costa Rica | Republic of Costa Rica
Cuba | Republic of Cuba
Curaçao
Christmas Island
Cayman Islands
Cyprus | Republic of Cyprus
Czech Republic | Czechia
Germany | Federal Republic of Germany
Djibouti | Republic of Djibouti
Dominica | Commonwealth of Dominica
Denmark | Kingdom of Denmark
Dominican Republic
Algeria | People's Democratic Republic of Algeria
Ecuador | Republic of Ecuador
Egypt | Arab Republic of Egypt
Eritrea
Western Sahara
Spain | Kingdom of Spain
Estonia | Republic of Estonia
Ethiopia | Federal Democratic Republic of Ethiopia
Finland | Republic of Finland
Fiji | Republic of Fiji
Falkland Islands (Malvinas)
France | French Republic
Faroe Islands
Micronesia | Federated States of Micronesia
Gabon | Gabonese Republic
United Kingdom | United Kingdom of Great Britain and Northern Ireland | UK | U.K. | Britain | Great Britain
Georgia
Guernsey
Ghana | Republic of Ghana
Gibraltar
Guinea | Republic of Guinea
Guadeloupe
Gambia | Republic of the Gambia
Guinea-Bissau | Republic of Guinea-Bissau
Equatorial Guinea | Republic of Equatorial Guinea
Greece | Hellenic Republic
Grenada
Greenland
Guatemala | Republic of Guatemala
French Guiana
Guam
Guyana | Republic of Guyana
Hong Kong | Hong Kong Special Administrative Region of China
Heard Island and McDonald Islands
Honduras | Republic of Honduras
Croatia | Republic of Croatia
Haiti | Republic of Haiti
Hungary
Indonesia | Republic of Indonesia
Isle of Man
India | Republic of India
British Indian Ocean Territory
Ireland
Iran | Islamic Republic of Iran
Iraq | Republic of Iraq
Iceland | Republic of Iceland
Israel | State of Israel
Italy | Italian Republic
Jamaica
Jersey
Jordan | Hashemite Kingdom of Jordan
Japan
Kazakhstan | Republic of Kazakhstan
Kenya | Republic of Kenya
Kyrgyzstan | Kyrgyz Republic
Cambodia | Kingdom of Cambodia
Kiribati | Republic of Kiribati
Saint Kitts and Nevis
South Korea | Republic of Korea
Kuwait | State of Kuwait
Laos | Lao People's Democratic Republic
Lebanon | Lebanese Republic
Liberia | Republic of Liberia
Libya
Saint Lucia
Liechtenstein | Principality of Liechtenstein
Sri Lanka | Democratic Socialist Republic of Sri Lanka
Lesotho | Kingdom of Lesotho
Lithuania | Republic of Lithuania
Luxembourg | Grand Duchy of Luxembourg
Latvia | Republic of Latvia
Macao | Macao Special Administrative Region of China
Saint Martin (French part)
Morocco | Kingdom of Morocco
Monaco | Principality of Monaco
Moldova | Republic of Moldova
Madagascar | Republic of Madagascar
Maldives | Republic of Maldives
Mexico | United Mexican States
Marshall Islands | Republic of the Marshall Islands
North Macedonia | Republic of North Macedonia
Mali | Republic of Mali
Malta | Republic of Malta
Myanmar | Republic of Myanmar | Burma
Montenegro
Mongolia
Northern Mariana Islands | Commonwealth of the Northern Mariana Islands
Mozambique | Republic of Mozambique
Mauritania | Islamic Republic of Mauritania
Montserrat
Martinique
Mauritius | Republic of Mauritius
Malawi | Republic of Malawi
Malaysia
Mayotte
Namibia | Republic of Namibia
New Caledonia
Niger | Republic of the Niger
Norfolk Island
Nigeria | Federal Republic of Nigeria
Nicaragua | Republic of Nicaragua
Niue
Netherlands | Kingdom of the Netherlands | Holland
Norway | Kingdom of Norway
Nepal | Federal Democratic Republic of Nepal
Nauru | Republic of Nauru
New Zealand
Oman | Sultanate of Oman
Pakistan | Islamic Republic of Pakistan
Panama | Republic of Panama
Pitcairn
Peru | Republic of Peru
Philippines | Republic of the Philippines
Palau | Republic of Palau
Papua New Guinea | Independent State of Papua New Guinea
Poland | Republic of Poland
Puerto Rico
North Korea | Democratic People's Republic of Korea | DPRK
Portugal | Portuguese Republic
Paraguay | Republic of Paraguay
Palestine | Palestinian territories
French Polynesia
Qatar | State of Qatar
Réunion
Romania
Russia | Russian Federation
Rwanda | Rwandese Republic
Saudi Arabia | Kingdom of Saudi Arabia
Sudan | Republic of the Sudan
Senegal | Republic of Senegal
Singapore | Republic of Singapore
South Georgia and the South Sandwich Islands
Saint Helena, Ascension and Tristan da Cunha
Svalbard and Jan Mayen
Solomon Islands
Sierra Leone | Republic of Sierra Leone
El Salvador | Republic of El Salvador
San Marino | Republic of San Marino
Somalia | Federal Republic of Somalia
Saint Pierre and Miquelon
Serbia | Republic of Serbia
South Sudan | Republic of South Sudan
Sao Tome and Principe | Democratic Republic of Sao Tome and Principe
Suriname | Republic of Suriname
Slovakia | Slovak Republic
Slovenia | Republic of Slovenia
Sweden | Kingdom of Sweden
Eswatini | Kingdom of Eswatini | Swaziland
Sint Maarten (Dutch part)
Seychelles | Republic of Seychelles
Syria | Syrian Arab Republic
Turks and Caicos Islands
Chad | Republic of Chad
Togo | Togolese Republic
Thailand | Kingdom of Thailand
Tajikistan | Republic of Tajikistan
Tokelau
Turkmenistan
Timor-Leste | Democratic Republic of Timor-Leste
Tonga | Kingdom of Tonga
Trinidad and Tobago | Republic of Trinidad and Tobago
Tunisia | Republic of Tunisia
Turkey | Türkiye | Republic of Türkiye | Turkiye
Tuvalu
Taiwan
Tanzania | United Republic of Tanzania
Uganda | Republic of Uganda
Ukraine
United States Minor Outlying Islands
Uruguay | Eastern Republic of Uruguay
United States | United States of America | US | U.S. | U.S.A. | USA | America
Uzbekistan | Republic of Uzbekistan
Vatican City | Vatican | Holy See
Saint Vincent and the Grenadines
Venezuela | Bolivarian Republic of Venezuela
Virgin Islands, British | British Virgin Islands
Virgin Islands, U.S. | Virgin Islands of the United States
Vietnam | Viet Nam | Socialist Republic of Viet Nam
Vanuatu | Republic of Vanuatu
Wallis and Futuna
Samoa | Independent State of Samoa
Yemen | Republic of Yemen
South Africa | Republic of South Africa
Zambia | Republic of Zambia
Zimbabwe | Republic of Zimbabwe
"""


@cache
def countries() -> dict[str, str]:
    """Every country name and alias -> canonical name ("U.S." -> "United States")."""
    out: dict[str, str] = {}
    for line in COUNTRIES.strip().splitlines():
        names = [n.strip() for n in line.split("|")]
        for n in names:
            out.setdefault(n, names[0])
    return out
