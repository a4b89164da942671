/**
 * Hand-written country knowledge that no package carries: adjectives and
 * demonyms, major cities and regions, common and historical names. Written by
 * us for annals; `countries.ts` merges it with the ISO names and capitals of
 * the `i18n-iso-countries` and `countries-list` packages.
 *
 * One line per country: `CODE | adjectives, demonyms | cities, regions | other names`.
 * Empty fields are allowed. Names that are also ordinary English words or
 * shared with another place are listed in AMBIGUOUS (kept, with a note) or
 * left out (see DROP in countries.ts).
 * @module
 */

export const COUNTRY_TABLE = `
AFG | Afghan, Afghans, Afghani, Afghanis | Kabul, Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz, Helmand, Bagram, Kunar, Nangarhar, Khost, Ghazni, Paktika, Paktia, Badakhshan, Panjshir, Farah, Uruzgan, Zabul, Logar, Wardak | Islamic Emirate of Afghanistan
ALB | Albanian, Albanians | Tirana, Durres |
DZA | Algerian, Algerians | Algiers, Oran |
AND | Andorran, Andorrans | Andorra la Vella |
AGO | Angolan, Angolans | Luanda, Cabinda |
ATG | Antiguan, Antiguans, Barbudan |  | Antigua
ARG | Argentine, Argentinian, Argentines, Argentinians | Buenos Aires | Argentine Republic
ARM | Armenian, Armenians | Yerevan |
AUS | Australian, Australians, Aussie, Aussies | Canberra, Sydney, Melbourne, Brisbane | Commonwealth of Australia
AUT | Austrian, Austrians | Vienna, Salzburg, Graz |
AZE | Azerbaijani, Azerbaijanis, Azeri, Azeris | Baku | Republic of Azerbaijan
BHS | Bahamian, Bahamians | Nassau | Bahamas, The Bahamas
BHR | Bahraini, Bahrainis | Manama | Kingdom of Bahrain
BGD | Bangladeshi, Bangladeshis | Dhaka, Dacca, Chittagong | East Pakistan
BRB | Barbadian, Barbadians, Bajan | Bridgetown |
BLR | Belarusian, Belarusians, Belarussian, Byelorussian | Minsk | Byelorussia, Belorussia
BEL | Belgian, Belgians | Brussels, Antwerp, Ghent |
BLZ | Belizean, Belizeans | Belmopan, Belize City | British Honduras
BEN | Beninese | Porto-Novo, Cotonou | Dahomey
BTN | Bhutanese | Thimphu |
BOL | Bolivian, Bolivians | La Paz, Sucre, Santa Cruz de la Sierra, Cochabamba | Plurinational State of Bolivia
BIH | Bosnian, Bosnians, Herzegovinian, Bosniak, Bosniaks | Sarajevo, Mostar, Banja Luka, Srebrenica, Republika Srpska | Bosnia, Bosnia-Herzegovina
BWA | Botswanan, Motswana, Batswana | Gaborone | Bechuanaland
BRA | Brazilian, Brazilians | Brasilia, Rio de Janeiro, Sao Paulo, Belo Horizonte, Recife, Salvador da Bahia | Brasil
BRN | Bruneian, Bruneians | Bandar Seri Begawan | Brunei
BGR | Bulgarian, Bulgarians | Sofia, Plovdiv |
BFA | Burkinabe, Burkinabes | Ouagadougou, Bobo-Dioulasso, Djibo, Fada N'Gourma | Burkina, Upper Volta
BDI | Burundian, Burundians | Gitega, Bujumbura |
CPV | Cape Verdean, Cape Verdeans, Cabo Verdean | Praia | Cabo Verde
KHM | Cambodian, Cambodians, Khmer | Phnom Penh, Siem Reap | Kampuchea, Democratic Kampuchea, Khmer Republic
CMR | Cameroonian, Cameroonians | Yaounde, Douala, Bamenda, Buea, Far North region |
CAN | Canadian, Canadians | Ottawa, Toronto, Montreal, Vancouver, Quebec, Calgary, Alberta, Ontario, British Columbia |
CAF | Central African, Central Africans | Bangui | Central African Empire, Ubangi-Shari
TCD | Chadian, Chadians | N'Djamena, Ndjamena |
CHL | Chilean, Chileans | Santiago, Valparaiso |
CHN | Chinese, Sino | Beijing, Peking, Shanghai, Guangzhou, Shenzhen, Wuhan, Chongqing, Tianjin, Xinjiang, Urumqi, Tibet, Lhasa, Inner Mongolia | People's Republic of China, PRC, P.R.C., mainland China, Red China
COL | Colombian, Colombians | Bogota, Medellin, Cauca, Catatumbo, Antioquia, Putumayo, Narino, Arauca |
COM | Comoran, Comorian, Comorans, Comorians | Moroni | Comoros, Union of the Comoros
COG |  | Brazzaville, Pointe-Noire | Congo-Brazzaville, Congo Brazzaville, Republic of Congo
COD | Congolese | Kinshasa, Goma, Bukavu, Lubumbashi, Kisangani, Bunia, Kivu, North Kivu, South Kivu, Ituri, Katanga, Butembo, Uvira, Rutshuru, Masisi, Kalemie, Kananga, Mbandaka, Matadi | Congo, DR Congo, DRC, D.R.C., DR of Congo, Congo-Kinshasa, Congo Kinshasa, Zaire, Zairean, Zaireans, Congo-Leopoldville, Republic of Zaire
CRI | Costa Rican, Costa Ricans | San Jose de Costa Rica |
CIV | Ivorian, Ivorians | Yamoussoukro, Abidjan, Bouake | Cote d'Ivoire, Ivory Coast
HRV | Croatian, Croatians, Croat, Croats | Zagreb, Dubrovnik |
CUB | Cuban, Cubans | Havana, Santiago de Cuba, Guantanamo |
CYP | Cypriot, Cypriots, Greek Cypriot, Greek Cypriots, Turkish Cypriot, Turkish Cypriots | Nicosia, Limassol, Larnaca | Northern Cyprus, Turkish Republic of Northern Cyprus
CZE | Czech, Czechs | Prague, Brno | Czech Republic, Czechia
DNK | Danish, Dane, Danes | Copenhagen, Aarhus |
DJI | Djiboutian, Djiboutians |  |
DMA |  | Roseau | Commonwealth of Dominica
DOM | Dominican, Dominicans | Santo Domingo | Dominican Republic
ECU | Ecuadorian, Ecuadorians, Ecuadoran | Quito, Guayaquil |
EGY | Egyptian, Egyptians | Cairo, Alexandria, Giza, Port Said, Suez, Ismailia, Luxor, Aswan, Sinai, Sharm el-Sheikh | Arab Republic of Egypt, United Arab Republic
SLV | Salvadoran, Salvadorans, Salvadorean | San Salvador |
GNQ | Equatorial Guinean, Equatorial Guineans, Equatoguinean | Malabo |
ERI | Eritrean, Eritreans | Asmara, Massawa |
EST | Estonian, Estonians | Tallinn, Tartu |
SWZ | Swazi, Swazis, Emaswati | Mbabane, Lobamba, Manzini | Swaziland, Kingdom of Eswatini
ETH | Ethiopian, Ethiopians | Addis Ababa, Mekelle, Tigray, Amhara, Oromia, Ogaden, Gondar, Bahir Dar, Dire Dawa, Harar, Jijiga, Axum, Adigrat, Dessie, Lalibela, Afar region, Benishangul-Gumuz | Abyssinia
FJI | Fijian, Fijians | Suva |
FIN | Finnish, Finn, Finns | Helsinki, Turku |
FRA | French, Frenchman, Frenchmen, Frenchwoman | Paris, Marseille, Lyon, Toulouse, Strasbourg, Bordeaux, Lille, Corsica | French Republic
GAB | Gabonese | Libreville, Port-Gentil |
GMB | Gambian, Gambians | Banjul | Gambia, The Gambia
GEO | Georgian, Georgians | Tbilisi, Batumi, Abkhazia, South Ossetia, Sukhumi, Tskhinvali |
DEU | German, Germans | Berlin, Bonn, Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Dusseldorf, Dresden, Leipzig | Federal Republic of Germany, FRG, West Germany, West German, West Germans, Deutschland
GHA | Ghanaian, Ghanaians | Accra, Kumasi | Gold Coast
GRC | Greek, Greeks, Hellenic | Athens, Thessaloniki, Piraeus, Crete | Hellenic Republic, Hellas
GRD | Grenadian, Grenadians | St. George's, Saint George's |
GTM | Guatemalan, Guatemalans | Guatemala City |
GIN | Guinean, Guineans | Conakry | Guinea-Conakry, Republic of Guinea
GNB | Bissau-Guinean, Bissau-Guineans | Bissau | Guinea Bissau
GUY | Guyanese |  | Co-operative Republic of Guyana
HTI | Haitian, Haitians | Port-au-Prince, Cap-Haitien |
HND | Honduran, Hondurans | Tegucigalpa, San Pedro Sula |
HUN | Hungarian, Hungarians, Magyar | Budapest, Debrecen |
ISL | Icelandic, Icelander, Icelanders | Reykjavik |
IND | Indian, Indians | New Delhi, Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Madras, Bangalore, Bengaluru, Ahmedabad, Srinagar, Jammu, Assam, Manipur, Gujarat, Uttar Pradesh, Bihar, Kerala, Tamil Nadu, Maharashtra, Chhattisgarh, Jharkhand | Republic of India, Bharat
IDN | Indonesian, Indonesians | Jakarta, Surabaya, Bandung, Medan, Bali, Aceh, Java, Sumatra, Sulawesi, Papua province, West Papua | Republic of Indonesia
IRN | Iranian, Iranians, Persian, Persians | Tehran, Teheran, Isfahan, Mashhad, Tabriz, Shiraz, Qom, Natanz, Bushehr, Fordow, Khuzestan, Ahvaz, Sistan-Baluchestan, Sistan and Baluchestan, Zahedan, Kerman, Bandar Abbas, Kharg Island | Persia, Islamic Republic
IRQ | Iraqi, Iraqis | Baghdad, Basra, Basrah, Mosul, Kirkuk, Erbil, Irbil, Arbil, Najaf, Karbala, Kerbala, Fallujah, Falluja, Ramadi, Tikrit, Samarra, Baquba, Baqubah, Sulaimaniyah, Anbar, Diyala, Nineveh, Sadr City, Green Zone, Hilla, Kut, Nasiriyah, Haditha, Tal Afar | Republic of Iraq, Mesopotamia
IRL | Irish, Irishman, Irishmen | Dublin | Eire, Irish Republic, Republic of Ireland
ISR | Israeli, Israelis | Tel Aviv, Jerusalem, West Jerusalem, Haifa, Ashkelon, Sderot, Beersheba, Eilat, Negev, Dimona, Netanya, Petah Tikva, Nahariya, Kiryat Shmona, Metula, Ashdod, Rishon LeZion | State of Israel
ITA | Italian, Italians | Rome, Milan, Naples, Turin, Venice, Genoa, Palermo, Bologna, Sicily, Sardinia, Lampedusa | Italian Republic
JAM | Jamaican, Jamaicans | Kingston, Montego Bay |
JPN | Japanese | Tokyo, Osaka, Kyoto, Yokohama, Hiroshima, Nagasaki, Okinawa, Fukushima, Kobe, Sapporo | Nippon
JOR | Jordanian, Jordanians | Amman, Zarqa, Irbid, Aqaba | Hashemite Kingdom of Jordan, Transjordan
KAZ | Kazakh, Kazakhs, Kazakhstani, Kazakhstanis | Astana, Nur-Sultan, Almaty, Alma-Ata |
KEN | Kenyan, Kenyans | Nairobi, Mombasa, Kisumu, Garissa, Lamu |
KIR | I-Kiribati | Tarawa, South Tarawa | Gilbert Islands
PRK | North Korean, North Koreans | Pyongyang, Yongbyon, Kaesong | North Korea, DPRK, D.P.R.K., Democratic People's Republic of Korea
KOR | South Korean, South Koreans, Korean, Koreans | Seoul, Busan, Pusan, Incheon, Inchon | South Korea, ROK, Republic of Korea, Korea
KWT | Kuwaiti, Kuwaitis | Kuwait City | State of Kuwait
KGZ | Kyrgyz, Kyrgyzstani, Kirghiz | Bishkek, Osh | Kirghizia, Kyrgyz Republic
LAO | Lao, Laotian, Laotians | Vientiane | Laos, Lao PDR
LVA | Latvian, Latvians | Riga |
LBN | Lebanese | Beirut, Sidon, Baalbek, Bekaa, Bekaa Valley, Nabatieh, Dahiyeh, Marjayoun, Bint Jbeil, Naqoura, Hermel, Zahle | Lebanese Republic
LSO | Basotho, Mosotho, Lesothan | Maseru | Basutoland
LBR | Liberian, Liberians | Monrovia |
LBY | Libyan, Libyans | Tripoli, Benghazi, Misrata, Misurata, Sirte, Tobruk, Derna, Zawiya, Sabha, Cyrenaica, Tripolitania, Fezzan | Libyan Arab Jamahiriya, State of Libya
LIE | Liechtensteiner, Liechtensteiners | Vaduz |
LTU | Lithuanian, Lithuanians | Vilnius, Kaunas |
LUX | Luxembourgish, Luxembourger, Luxembourgers |  |
MDG | Malagasy | Antananarivo |
MWI | Malawian, Malawians | Lilongwe, Blantyre | Nyasaland
MYS | Malaysian, Malaysians | Kuala Lumpur, Putrajaya, Penang, Sarawak, Johor |
MDV | Maldivian, Maldivians |  | Maldives
MLI | Malian, Malians | Bamako, Timbuktu, Kidal, Mopti, Azawad, Menaka, Segou, Tessalit, Kayes | French Sudan
MLT | Maltese | Valletta |
MHL | Marshallese | Majuro | Marshall Islands
MRT | Mauritanian, Mauritanians | Nouakchott |
MUS | Mauritian, Mauritians | Port Louis |
MEX | Mexican, Mexicans | Mexico City, Guadalajara, Monterrey, Tijuana, Ciudad Juarez, Acapulco, Chiapas, Sinaloa, Michoacan, Tamaulipas, Oaxaca | United Mexican States
FSM | Micronesian, Micronesians | Palikir | Micronesia, Federated States of Micronesia
MDA | Moldovan, Moldovans | Chisinau, Transnistria, Tiraspol | Moldova, Moldavia, Republic of Moldova
MCO | Monegasque, Monegasques | Monte Carlo |
MNG | Mongolian, Mongolians | Ulan Bator, Ulaanbaatar | Outer Mongolia
MNE | Montenegrin, Montenegrins | Podgorica |
MAR | Moroccan, Moroccans | Rabat, Casablanca, Marrakesh, Marrakech, Fez, Tangier |
MOZ | Mozambican, Mozambicans | Maputo, Beira, Cabo Delgado, Mocimboa da Praia, Pemba, Nampula, Tete |
MMR | Burmese | Naypyidaw, Nay Pyi Taw, Yangon, Rangoon, Mandalay, Rakhine, Arakan, Shan State, Kachin State | Burma, Union of Myanmar
NAM | Namibian, Namibians | Windhoek | South West Africa
NRU | Nauruan, Nauruans | Yaren |
NPL | Nepali, Nepalis, Nepalese | Kathmandu, Pokhara |
NLD | Dutch, Dutchman, Dutchmen | Amsterdam, The Hague, Rotterdam, Utrecht | Holland, Kingdom of the Netherlands
NZL | New Zealander, New Zealanders | Wellington, Auckland, Christchurch | Aotearoa
NIC | Nicaraguan, Nicaraguans | Managua |
NER | Nigerien, Nigeriens | Niamey, Agadez, Zinder, Tillaberi, Diffa, Tahoua, Arlit, Maradi | Republic of Niger
NGA | Nigerian, Nigerians | Abuja, Lagos, Kano, Ibadan, Port Harcourt, Maiduguri, Kaduna, Borno, Niger Delta, Zamfara, Katsina, Plateau State, Benue, Yobe, Adamawa, Sokoto, Bauchi, Enugu, Onitsha | Federal Republic of Nigeria
MKD | Macedonian, Macedonians | Skopje | Macedonia, FYROM, Former Yugoslav Republic of Macedonia, Republic of Macedonia
NOR | Norwegian, Norwegians | Oslo, Bergen |
OMN | Omani, Omanis | Muscat, Salalah | Sultanate of Oman
PAK | Pakistani, Pakistanis | Islamabad, Karachi, Lahore, Peshawar, Quetta, Rawalpindi, Multan, Faisalabad, Waziristan, North Waziristan, South Waziristan, Khyber Pakhtunkhwa, Balochistan, Baluchistan, Sindh, Swat Valley, Abbottabad, Bajaur, Khyber, Kurram, Gwadar, Tirah, Bannu, Dera Ismail Khan, Federally Administered Tribal Areas, FATA | Islamic Republic of Pakistan
PLW | Palauan, Palauans | Ngerulmud, Koror |
PAN | Panamanian, Panamanians | Panama City |
PNG | Papua New Guinean, Papua New Guineans | Port Moresby, Bougainville | PNG, New Guinea
PRY | Paraguayan, Paraguayans | Asuncion |
PER | Peruvian, Peruvians | Lima, Cuzco, Cusco, Arequipa |
PHL | Filipino, Filipinos, Filipina, Philippine | Manila, Quezon City, Cebu, Davao, Mindanao, Marawi, Jolo, Sulu, Basilan, Luzon | Philippines, the Philippines
POL | Polish, Poles | Warsaw, Krakow, Gdansk, Wroclaw, Lodz |
PRT | Portuguese | Lisbon, Porto |
QAT | Qatari, Qataris | Doha | State of Qatar
ROU | Romanian, Romanians, Rumanian | Bucharest, Cluj, Timisoara | Rumania
RUS | Russian, Russians | Moscow, St. Petersburg, Saint Petersburg, Leningrad, Chechnya, Grozny, Dagestan, Ingushetia, Kaliningrad, Vladivostok, Novosibirsk, Siberia, Sochi, Kazan, Volgograd, Belgorod, Kursk, Rostov-on-Don, Rostov, Bryansk, Murmansk, Tatarstan, Yekaterinburg | Russian Federation
RWA | Rwandan, Rwandans, Rwandese | Kigali |
KNA | Kittitian, Nevisian | Basseterre | St. Kitts and Nevis, Saint Kitts, St. Kitts
LCA | Saint Lucian, St. Lucian | Castries | St. Lucia
VCT | Vincentian, Vincentians | Kingstown | St. Vincent and the Grenadines, St. Vincent
WSM | Samoan, Samoans | Apia | Samoa, Western Samoa
SMR | Sammarinese |  | San Marino
STP | Sao Tomean | Sao Tome | Sao Tome and Principe
SAU | Saudi, Saudis, Saudi Arabian, Saudi Arabians | Riyadh, Jeddah, Jidda, Mecca, Makkah, Medina, Dhahran, Dammam | Kingdom of Saudi Arabia, KSA
SEN | Senegalese | Dakar, Casamance, Touba |
SRB | Serbian, Serbians, Serb, Serbs | Belgrade, Novi Sad, Vojvodina | Republic of Serbia
SYC | Seychellois |  | Seychelles
SLE | Sierra Leonean, Sierra Leoneans | Freetown |
SGP | Singaporean, Singaporeans |  | Republic of Singapore
SVK | Slovak, Slovaks, Slovakian | Bratislava, Kosice | Slovak Republic
SVN | Slovenian, Slovenians, Slovene, Slovenes | Ljubljana |
SLB | Solomon Islander, Solomon Islanders | Honiara | Solomon Islands
SOM | Somali, Somalis, Somalian | Mogadishu, Kismayo, Kismayu, Baidoa, Beledweyne, Puntland, Somaliland, Hargeisa, Bosaso, Jubaland, Galkayo, Garowe, Marka, Afgoye, Dhusamareb, Jowhar | Somali Republic
ZAF | South African, South Africans | Pretoria, Johannesburg, Cape Town, Durban, Soweto, Port Elizabeth, KwaZulu-Natal | Republic of South Africa, RSA
SSD | South Sudanese | Juba, Malakal, Bentiu | Republic of South Sudan
ESP | Spanish, Spaniard, Spaniards | Madrid, Barcelona, Seville, Bilbao, Catalonia, Basque Country, Andalusia, Canary Islands, Ceuta, Melilla | Kingdom of Spain, Espana
LKA | Sri Lankan, Sri Lankans | Colombo, Kandy, Jaffna, Trincomalee, Batticaloa, Kilinochchi | Ceylon
SDN | Sudanese | Khartoum, Omdurman, Port Sudan, Darfur, North Darfur, South Darfur, West Darfur, El Fasher, Nyala, Kordofan, South Kordofan, Blue Nile, Abyei, Kassala, Wad Madani, El Geneina, Geneina, El Obeid, Kadugli, Damazin, Gedaref, Zalingei | Republic of the Sudan, the Sudan
SUR | Surinamese, Surinamer | Paramaribo | Surinam, Dutch Guiana
SWE | Swedish, Swede, Swedes | Stockholm, Gothenburg, Malmo |
CHE | Swiss | Bern, Berne, Geneva, Zurich, Basel, Lausanne, Davos | Switzerland, Swiss Confederation
SYR | Syrian, Syrians | Damascus, Aleppo, Homs, Hama, Idlib, Raqqa, Raqqah, Deir ez-Zor, Deir al-Zor, Daraa, Deraa, Latakia, Tartus, Palmyra, Kobani, Qamishli, Hasakah, Afrin, Manbij, Douma, Ghouta, Eastern Ghouta, Aleppo province, Quneitra, Sweida, Suwayda, Abu Kamal, Bukamal, Tal Abyad, Ras al-Ain, Jarablus, al-Bab, Maarat al-Numan, Khan Sheikhoun, Hasaka | Syrian Arab Republic, Syria
TJK | Tajik, Tajiks, Tajikistani | Dushanbe |
TZA | Tanzanian, Tanzanians | Dodoma, Dar es Salaam, Zanzibar, Arusha | Tanganyika
THA | Thai, Thais | Bangkok, Chiang Mai, Phuket, Pattani, Yala, Narathiwat | Siam, Kingdom of Thailand
TLS | East Timorese, Timorese | Dili | East Timor, Timor Leste, Portuguese Timor
TGO | Togolese | Lome |
TON | Tongan, Tongans | Nuku'alofa |
TTO | Trinidadian, Trinidadians, Tobagonian | Port of Spain | Trinidad, Trinidad and Tobago
TUN | Tunisian, Tunisians | Tunis, Sfax, Sousse, Sidi Bouzid |
TUR | Turkish, Turk, Turks | Ankara, Istanbul, Izmir, Diyarbakir, Gaziantep, Adana, Incirlik, Hakkari, Sirnak | Turkey, Turkiye, Republic of Turkey
TKM | Turkmen, Turkmens, Turkmenistani | Ashgabat, Ashkhabad |
TUV | Tuvaluan, Tuvaluans | Funafuti | Ellice Islands
UGA | Ugandan, Ugandans | Kampala, Gulu, Entebbe |
UKR | Ukrainian, Ukrainians | Kyiv, Kiev, Kharkiv, Kharkov, Odesa, Odessa, Lviv, Dnipro, Donetsk, Luhansk, Lugansk, Mariupol, Kherson, Zaporizhzhia, Donbas, Donbass, Crimea, Sevastopol, Bakhmut, Kramatorsk, Sloviansk, Avdiivka, Bucha, Irpin, Zaporizhzhia nuclear plant, Chernobyl, Chernihiv, Sumy, Mykolaiv, Kryvyi Rih, Vuhledar, Pokrovsk | Ukraine, the Ukraine
ARE | Emirati, Emiratis | Abu Dhabi, Dubai, Sharjah | UAE, U.A.E., Emirates, United Arab Emirates, Trucial States
GBR | British, Briton, Britons, Brit, Brits, Scottish, Scot, Scots, Welsh, Northern Irish, Englishman, Englishmen | London, Manchester, Liverpool, Glasgow, Edinburgh, Cardiff, Belfast, Leeds, Bristol, Londonderry, Derry, Ulster | Britain, Great Britain, UK, U.K., United Kingdom, England, Scotland, Wales, Northern Ireland
USA | American, Americans | Washington, Washington D.C., Washington DC, New York, New York City, Los Angeles, Chicago, Houston, Philadelphia, San Francisco, Boston, Miami, Atlanta, Seattle, Dallas, Detroit, Baltimore, California, Texas, Florida, New Jersey, New Mexico, Virginia, Ohio, Michigan, Pennsylvania, Illinois, Arizona, Massachusetts, Hawaii, Alaska | America, United States, United States of America, U.S., US, USA, U.S.A.
URY | Uruguayan, Uruguayans | Montevideo |
UZB | Uzbek, Uzbeks, Uzbekistani | Tashkent, Samarkand, Andijan, Fergana Valley |
VUT | Ni-Vanuatu | Port Vila | New Hebrides
VAT |  | Vatican City | Vatican, Holy See, the Vatican
VEN | Venezuelan, Venezuelans | Caracas, Maracaibo | Bolivarian Republic of Venezuela
VNM | Vietnamese | Hanoi, Ho Chi Minh City, Saigon, Da Nang, Haiphong | Viet Nam, Socialist Republic of Vietnam, South Vietnam, North Vietnam, Republic of Vietnam, Democratic Republic of Vietnam
YEM | Yemeni, Yemenis, Yemenite | Sanaa, Sana'a, Aden, Hodeidah, Hudaydah, Taiz, Marib, Saada, Mukalla, Hadramawt, Hadramout, Ibb, Dhamar, Shabwa, Abyan, Lahj, al-Mahra, Socotra, Bab al-Mandab | Republic of Yemen, South Yemen, North Yemen, Yemen Arab Republic, People's Democratic Republic of Yemen
ZMB | Zambian, Zambians | Lusaka, Ndola | Northern Rhodesia
ZWE | Zimbabwean, Zimbabweans | Harare, Bulawayo | Rhodesia, Rhodesian, Rhodesians, Southern Rhodesia
PSE | Palestinian, Palestinians | Ramallah, Gaza, Gaza City, Gaza Strip, West Bank, Hebron, Nablus, Jenin, Bethlehem, Jericho, Khan Younis, Khan Yunis, Rafah, Tulkarem, Qalqilya, East Jerusalem | Palestine, State of Palestine, Palestinian Territories, Occupied Palestinian Territories, Palestinian Authority areas
TWN | Taiwanese | Taipei, Kaohsiung | Taiwan, Republic of China, Formosa
HKG | Hong Konger, Hong Kongers | Kowloon | Hong Kong, Hong Kong SAR
MAC | Macanese |  | Macau, Macao
KSV | Kosovar, Kosovars, Kosovan, Kosovo Albanian, Kosovo Albanians | Pristina, Prishtina, Mitrovica | Kosovo
ESH | Sahrawi, Sahrawis, Saharawi | Laayoune, El Aaiun | Western Sahara, Spanish Sahara
PRI | Puerto Rican, Puerto Ricans | San Juan | Puerto Rico
GRL | Greenlandic, Greenlander, Greenlanders | Nuuk |
CUW | Curacaoan | Willemstad | Curacao
NCL | New Caledonian | Noumea | New Caledonia
PYF | French Polynesian | Papeete, Tahiti | French Polynesia
GUM | Guamanian, Chamorro | Hagatna |
FLK | Falkland Islander, Falkland Islanders | Port Stanley | Falklands, Islas Malvinas
GIB | Gibraltarian, Gibraltarians | |
BMU | Bermudian, Bermudan | |
ABW | Aruban | Oranjestad |
FRO | Faroese | Torshavn | Faroes, Faeroe Islands
CYM | Caymanian | | Caymans, Cayman
GLP | Guadeloupean | Pointe-a-Pitre |
MTQ | Martinican | Fort-de-France |
REU | Reunionese | | Reunion Island
MYT | Mahoran | Mamoudzou |
IOT | Chagossian, Chagossians | | Chagos Islands, Chagos Archipelago, Diego Garcia
VGB | | | BVI
VIR | | | USVI
GUF | French Guianese | | French Guiana
ATA | Antarctic | | Antarctica
JEY | | | Bailiwick of Jersey
GGY | | | Bailiwick of Guernsey
IMN | Manx | | Isle of Man
ASM | American Samoan, American Samoans | Pago Pago |
MNP | | Saipan | Northern Marianas, CNMI
`;

/**
 * States that no longer exist but that news and archives still name: their own
 * CAMEO codes (USR, YUG, CSK, DDR, SCG).
 * `CODE | note | names`.
 */
export const FORMER_STATES = `
USR | Soviet Union (1922-1991); CAMEO code USR | Soviet Union, USSR, Soviet, Soviets, Union of Soviet Socialist Republics
YUG | Socialist Federal Republic of Yugoslavia (to 1992) and Federal Republic of Yugoslavia (1992-2003) | Yugoslavia, Yugoslav, Yugoslavs, Yugoslavian, Federal Republic of Yugoslavia, Socialist Federal Republic of Yugoslavia
CSK | Czechoslovakia (to 1992) | Czechoslovakia, Czechoslovak, Czechoslovakian, Czechoslovaks
DDR | German Democratic Republic (1949-1990) | East Germany, East German, East Germans, German Democratic Republic, GDR
SCG | Serbia and Montenegro (2003-2006) | Serbia and Montenegro, State Union of Serbia and Montenegro
`;

/**
 * Country words that are also ordinary English words, person names or other
 * places: kept (they are how news names the country) with a note so that a
 * reviewer and the matcher's case handling know. Keys are codes.
 */
export const AMBIGUOUS: Record<string, string> = {
  TUR: "'Turkey' is also the bird (lower-case 'turkey')",
  TCD: "'Chad' is also a given name",
  JOR: "'Jordan' is also a given name and the river",
  GEO: "'Georgia'/'Georgian' is also the US state",
  NER: "'Niger' is also the river; 'Nigerien' (NER) vs 'Nigerian' (NGA)",
  CHN: "'china' lower-case is porcelain",
  GIN: "'guinea' lower-case is the coin / guinea pig; 'Guinean' alone is taken as Guinea (GIN)",
  JPN: "'japan' lower-case is lacquer",
  PAN: "'panama' lower-case is the hat",
  USA: "'US' is also the pronoun 'us' (upper-case only); 'Washington' is also a person name and the US state",
  COD: "'Congo' alone and 'Congolese' are taken as DR Congo (COD); the Republic of the Congo is COG ('Congo-Brazzaville')",
  KOR: "'Korea'/'Korean' alone are taken as South Korea (KOR); North Korea is PRK",
  DOM: "'Dominican' is the Dominican Republic; Dominica (DMA) has the same demonym, not listed",
  IND: "'Indian' also in 'American Indian', 'Indian Ocean'",
  MKD: "'Macedonia(n)' is also the Greek region",
  ISR: "Jerusalem coded ISR; East Jerusalem coded PSE (contested status, CAMEO practice)",
  MMR: "'Burma'/'Burmese': former name still used by news",
  LBY: "Tripoli is also a city in Lebanon",
  PNG: "'New Guinea' is the island shared with Indonesia; taken as PNG",
  CIV: "'Ivory Coast' is the common English name",
  GBR: "England, Scotland, Wales and Northern Ireland coded GBR",
  PHL: "'Philippine' is the adjective",
  MLI: "'Mali' may appear in person names",
  CHL: "'Chile' is not 'chili', but 'Santiago' is also a common city name elsewhere",
  OMN: "'Oman' may appear in person names",
  CUB: "'Cuba' is also a US place name",
  TGO: "'Togo' also an English expression ('to go') in some texts",
  VNM: "South and North Vietnam (1954-1976) are coded as Vietnam; same for North and South Yemen (YEM)",
  POL: "'Poles' is also a plural noun; the singular 'Pole' is left out",
  BEL: "Brussels is often a metonym for the EU (coded BEL here; the EU entries name the institutions)",
};
