"""Given names of other cultures than the US census list (given_names.py): Indian (Latin-script lists
and Hindi, Marathi and Nepali romanised), Pakistani, Russian, Ukrainian and Bulgarian (romanised, with the
usual variants), Turkish, Indonesian, African (Kenyan, Nigerian, Ghanaian, Zulu, Swahili), European, Latin
American, Chinese (Taiwanese romanisation) and Japanese.

Derived from the first-name lists of the PyPI package Faker (MIT licence, (c) Daniele Faraglia) by
bot/extract/lexicon/_make_world_given_names.py, which also says how to run it again; names that English news
mostly writes as ordinary words, places or titles are left out there. Generated: edit the generator, not
this file.
"""

from __future__ import annotations

WORLD_GIVEN_NAMES = """
Aaaqil Aaban Aabid Aachal Aada Aadam Aadhya Aadi Aadil Aafiya Aage Aahana Aahil Aalam Aalee Aalim Aaliyah
Aamil Aamir Aamirah Aanuoluwapo Aapo Aaqil Aarav Aarif Aarini Aariz Aarna Aarnav Aarne Aaro Aarush Aaryan
Aarón Aashi Aashif Aashir Aasif Aasim Aatif Aatiq Aatos Aaus Aayan Aayush Aazim Aba Abaan Abayomi Abbos
Abdalla Abdallah Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdi Abdihakim Abdirahman Abdu Abduaziz
Abduboriy Abdulbekir Abdulgazi Abdulhamid Abdulkadir Abdullahi Abdulloh Abdulmenaf Abdulsemet Abdumalik
Abdurahmon Abdurrahman Abdón Abdülahat Abdülcemal Abdülhadi Abdülkerim Abdülsamed Abebi Abednego Abeer Abeiku
Abelardo Abelone Abena Abeni Abha Abhay Abhijit Abhilasha Abhimanyu Abhiram Abhishek Abid Abigael Abigaili
Abigaíl Abilio Abiodun Abiona Abiye Ablen Abner Abosede Abril Abror Abubakar Abubakr Abuzar Abyasa Acar
Acarkan Achiel Achieng Achille Achim Achyut Aclan Adaeze Adak Adal Adalbert Adamina Adamo Adasal Ade Adean
Adebiyi Adebowale Adebukola Adedayo Adedeji Adekitan Adekola Adekunle Adel Adelardo Adelasia Adelbert Adeleke
Adelgunde Adelheid Adelin Adelinde Adelmo Adem Aden Adenike Adeniyi Adeolu Adeoti Adepeju Aderopo Adesewa
Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adhiarja Adhra Adi Adia Adiarja Adiela Adigun Adika
Adikara Adil Adila Adimu Adinata Adis Aditi Adity Aditya Adlan Admir Adnan Adolf Adolfine Adomas Adonis Adora
Adoración Adra Adriaan Adriania Adriano Adrienn Adrija Adrijana Adriyan Adrián Adriána Adunni Advaith Advay
Advik Advika Adviye Adweta Adwoa Adya Adán Adèle Adéla Adélaïde Aela Aenne Aerozol Afanasi Afanasiy Afanasy
Afaq Afer Aferdita Afia Afife Afil Afinogen Afiq Afolarin Afonso Afrim Afruza Aftin Afua Agafon Agafya Agap
Agapi Agapito Agapiy Agapy Agastya Agata Agathe Agatopod Aggei Aggey Aggrey Agim Aglai Aglaia Aglay Aglaya
Agloida Agne Agnen Agnesa Agnese Agnesh Agneshka Agneta Agnete Agnieszka Agnolo Agnos Agnès Agop Agostina
Agostino Agris Agron Agtsi Agus Agustín Agáta Ahat Ahsen Ahter Ahti Aicha Aiden Aiga Aigars Aija Aijuka Aila
Aili Aimo Aimé Aimée Aina Ainara Aino Ainoa Airi Airika Aishani Aishvarya Aistis Aisyah Aitana Aitor Aivar
Aivaras Aivars Ajala Ajan Ajani Ajay Ajda Ajeng Ajiman Ajimat Ajimin Ajiono Ajita Ajla Ajna Ajoke Akalan
Akanksha Akanmu Akar Akarsana Akash Akashiya Akatay Akay Akcivan Akdora Akemi Akgöl Akhil Aki Akif Akim
Akinkunmi Akinlabi Akinwale Akinyi Akira Akise Akkerman Akmal Akmaner Akmaral Akobir Akos Akosua Akoth Akram
Aksakusti Aksay Aksel Akseli Aksentiya Akshay Aksidan Aksintiya Aksoy Aktemür Akua Akulina Akumaa Akumu Akver
Akwasi Akwesi Akçabay Akçasu Aköz Alaaddin Alabezek Alade Aladin Aladino Alaeddin Alain Alambana Alamiro Alamu
Alanalp Alaniya Alankar Alara Alattin Alaz Alban Albano Albeiro Alberico Alberte Alberts Albin Albino Albiyana
Albrecht Albulena Albín Albína Alcan Alcides Alcira Aldair Aldemar Alderano Aldin Aldis Aldonza Ale Alea Aleg
Alejo Alek Aleks Aleksander Aleksandra Aleksandras Aleksandrina Aleksandrs Aleksanteri Aleksei Aleksej Aleksey
Aleksi Aleksia Alekzandriyan Alen Alenka Aleodor Alessia Alessio Alevandr Alevtin Alevtina Alexandar Alexandr
Alexandre Alexandrie Alexandrina Alexandros Alexandru Alexe Alexej Alexi Alf Alfio Alfons Alfonsina Alfonz
Alfréd Algirdas Algot Aliabbas Aliana Alicja Aliihsan Alika Alin Alinur Alirio Aliro Alis Aliseydi Alisiya
Alisson Alistar Aliya Aliyu Alize Alizée Alja Alka Alkor Allahverdi Allana Almasi Almast Almaz Almendra Almir
Almira Almudena Almus Almut Almuth Alois Aloisia Alojz Alojzia Alojzij Alojzija Alok Alondra Aloys Alparslan
Alpcan Alphonce Alphons Alpin Alpsü Alsoy Altaya Altin Alvar Alve Alveiro Alwin Alwina Alwine Alzina Alícia
Amadeo Amadeus Amador Amahle Amaira Amalie Amalija Amaliya Amancio Amandine Amando Amani Amar Amara Amarachi
Amarilis Amaro Amaru Amaury Amaya Amaç Ambar Ambr Ambre Ambrosio Ambróz Amedeo Amedeu Amel Amela Amelie
Amelija Amico Amika Amin Aminatu Amine Amita Amla Amleto Amoke Amol Amon Amondi Amope Amor Amoriya Amra
Amravti Amre Amri Amrit Amrita Amruta Amvika Amvrosi Amvrosiy Amvrosy Amza Amália Amélia Amélie América
Américo Amílcar Anabela Anabella Anacleto Anahis Anahí Anaida Anak Anamariya Anamika Ananda Anani Ananiy Anant
Anany Anar Anargül Anas Anasa Anastasie Anastasio Anastasios Anastasiya Anastazja Anastázie Anatol Anatoli
Anatolie Anatolij Anatoliy Anatoliya Anatoly Anay Anaëlle Anaís Anaïs Anca Ancizar Anda Andha Andika Andile
Andiç Andjela Andjelina Andor Andrada Andreea Andrei Andreia Andrej Andreja Andrejka Andrejs Andrey Andri
Andrian Andriana Andrija Andrin Andrina Andris Andrius Andron Andronik Andrus Andry András André Andréa
Andréas Andrée Andwele Ane Anej Anel Anelina Anemona Anes Aneta Anete Anett Angalia Angavu Angelino Angelka
Anggabaya Anghel Anghelina Angur Angèle Angélica Angélique Anica Aniela Anikei Anikey Anikita Anikó Anila
Anima Animira Anina Anir Aniruddh Anirudh Anis Anish Anisim Anitsa Anjana Anjli Anjolaoluwa Anka Anke Ankica
Ankita Ankur Anmol Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kathrin Ann-Kristin
Ann-Louise Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna-Karin Anna-Lena Anna-Liisa Anna-Lisa Anna-Luise
Anna-Maria Anna-Marie Annabella Annah Annak Annaliese Annalise Annamária Annapurn Annastacia Anne-Catherine
Anne-Françoise Anne-Kathrin Anne-Katrin Anne-Laure Anne-Lise Anne-Marie Anne-Rose Anne-Sophie Annedore
Annegret Annegrete Annekatrin Anneke Anneleen Annelene Anneli Annelie Annelies Annelise Annelore Annemette
Annemie Annemijn Annerose Annet Anni Annibale Annica Annick Anniina Annija Annikki Annina Annukka Annunziata
Anny Anoj Anom Anomaliya Anon Anoni Anouk Ansaldo Anselm Anselma Anselmo Ansgar Ansh Ansis Ansora Anssi Antal
Antanas Ante Antero Antim Antip Antje Anto Antoalina Antoaneta Antonela Antonella Antonello Antoni Antonie
Antonieta Antonija Antonin Antonino Antonios Antoniu Antonius Antons Antonín Antoon Antra Ants Antti Antun
Antónia Antônio Anu Anuj Anuja Anunciación Anup Anupam Anupma Anura Anusha Anushka Anushuya Anvar Anvi Anyango
Anyelo Anyi Anza Anzhela Anzhelika Aníbal Aparna Apisara Apolena Apolinar Apolinariya Apollinari Apollinariy
Apollinary Apolline Apollo Apollon Apollonia Apostolos Aqil Aquiles Aradhana Aral Araliya Aran Aranka Arben
Arbey Arbnor Arcan Archana Arda Ardian Ardit Ardita Arefi Arefiy Arefy Arezki Argemiro Argono Argu Arham Aria
Ariadna Arian Aribert Ariela Arif Arifcan Arijus Arike Arild Arin Arina Arinola Aris Arisara Aristarkh
Aristide Aristides Arja Arkadi Arkadiusz Arkadiy Arkadiya Arkady Arkhip Arkut Arley Arlind Armahan Armandas
Armands Armas Armend Armin Arminas Arnaldo Arnas Arnaude Arnd Arndt Arne Arnfried Arnim Arnis Arno Arnoldas
Arnolds Arnulf Aroa Aronas Arpád Arsen Arsena Arseni Arsenie Arsenio Arseny Arsim Arsipatra Arta Artan Artanto
Artawan Artem Artemi Artemio Artemisa Artemiy Artemy Artis Arto Arttu Artturi Artur Arturs Aru Arun Aruna
Arundhti Arunima Arusi Arvid Arvo Arvydas Arya Aryan Arziye Arzu Aránzazu Asad Asafe Asake Asalet Asali Asani
Asanti Asatira Asbjørn Ascensión Asdrubal Aselina Asger Ashay Ashish Ashob Ashok Asifa Asila Asilbek Asim
Asiman Asin Asirwada Asirwanda Asko Askold Aslan Aslanhan Aslijan Asliye Asmadi Asman Asmianto Asmini Asmira
Asmita Asmuni Asok Assar Assia Asta Aston Astrit Astromeriya Asu Asuka Asunción Aswani Atabala Atagün Atalay
Atanur Atasagun Atatöre Atena Atenulf Atfat Atgun Athanasios Atharv Atheel Athman Athuman Athumani Ati Atiena
Atieno Atila Atilhan Atilio Atina Atinuke Atit Atiyye Atma Atmaja Atmesh Atnan Atsushi Attaf Atte Attila Aud
Aude Audrius Augustas Auguste Augustin Augusto Augusts Augustín Aukusti Aulikki Aulis Aune Aunyaporn Auraq
Aurel Aurelian Aureliana Aureliano Aurelija Aurica Aurimas Aurélia Aurélie Aurélien Ausma Austine Austra
Avanti Avdei Avdey Avel Avelino Aver Averki Averkiy Averky Averno Averyan Avgiya Avgust Avgustian Avgustin Avi
Avigeya Avinash Avishek Avksenti Avksentiy Avksenty Avlok Avni Avo Avram Avreli Avreliy Avrely Avrita Avror
Avtonom Avtorka Avunç Awadil Awamil Awamiri Awan Awani Awero Awesi Awj Awlya Awmar Awrad Axel Axelle Axenia
Axinte Aya Ayaan Ayamin Ayan Ayasun Aybet Aybora Aycagül Aydan Aydar Aydemir Ayden Aydinç Ayduru Ayelén
Aygutalp Aygönenç Aygül Aygün Ayhan Ayinde Ayinke Aykut Aykutalp Ayla Ayleen Aylil Aylin Aylla Ayman Aymen
Aymeric Aynilhayat Aynur Ayodeji Ayodele Ayoka Ayoub Aypar Ayren Aysar Ayse Aysel Aysema Aysevim Aysoy Aysu
Aysuna Aytek Ayten Aytuna Aytöz Ayu Ayub Ayush Ayusha Ayushma Ayushman Ayvas Ayyaruk Ayyubi Ayçan Ayülker
Azaan Azad Azade Azahar Azahara Azalea Azaliya Azar Azari Azariy Azary Azban Azeeb Azeglio Azeneth Azettin
Aziz Aziza Azize Azizi Azra Aída Aïcha Baaba Baahir Baaizeed Baaqee Baaqir Baaree Baashir Baasim Baasit Baba
Babar Babasola Babatunji Babawale Baber Babett Babi Babita Baccio Bachittar Badawi Badegül Badr Badri Bagas
Baghyawati Bagiya Bagra Bagus Bagya Baha Bahaa Bahaddin Bahadurjit Bahari Bahati Bahittin Bahtinur Bahuraksa
Bahuwarna Bahuwirya Baiba Bairbel Bairon Baishnavi Bajragin Bajram Bakari Bakda Bakhshi Baki Bakiadi Bakianto
Bakidin Bakijan Bakiman Bakiono Bakti Baktiadi Baktianto Baktiono Bal Bala Balamantri Balangga Balapati
Balatekin Balca Baldassare Baldev Baldomero Balduino Baldur Bale Baleegh Balendra Balhaar Bali Balidin Balijan
Balina Balinda Baljiwan Balkisan Ballu Balram Baltasar Baltazar Balthasar Balvan Balveer Balz Balázs Bambad
Bambang Banara Banawa Banawi Bancar Bandana Bandile Banita Banjeet Banvari Banü Baptiste Baqar Baqir Bara
Barak Baraka Barasa Barbora Barbro Barbu Barica Baris Barkha Barna Barnabás Barr Barraq Barsen Bartek
Bartholomäus Bartolomej Bartolomeo Bartolomeu Bartolomé Bas Basaam Basant Basarab Baseer Basel Basem Bashaar
Bashaarat Basharat Basheer Basheerah Bashkim Basile Basilio Basim Basir Basriye Bassam Bastiaan Bastian
Bastien Bastián Basu Batal Batool Batsislava Baturay Baudelio Baudouin Bautista Bavita Baydu Baykan Bayman
Bayram Bayron Bayruhan Baytal Bayzettin Bazam Bazhen Beate Beatrijs Beatrix Becho Beda Bedi Bediriye Bedri
Begim Begoña Behiza Behrem Behruz Bekbay Bekim Bekir Bela Belarmino Belgizar Belisario Belisima Belkize
Bellisan Bello Belo Belomira Belén Benard Benas Bence Bendegúz Benedek Benedetto Benedicte Benedicto Benedikt
Benedikte Benedita Benek Benelena Bengibay Bengt Beni Beniamin Benice Benicio Benigna Benigno Benjamim
Benjamín Benjámin Benno Benol Benone Benson Benta Bente Benthe Bento Benvenuto Benício Beppe Berat Beray Beren
Berend Berezat Bergen Berimir Berin Berislava Berit Beriya Beriye Berkal Berki Berksay Bernabé Bernadett
Bernardino Bernardita Bernd Bernd-Dieter Berndt Bernfried Bernhard Bernhardine Bernt Bernward Bero Beroslav
Berra Berran Berrin Bertalan Berthe Berthold Bertil Berto Bertold Bertrand Besart Besarta Besey Beshte Besim
Besin Besnik Beste Betania Betina Betino Bett Betti Beya Beyda Beyhatun Beyler Beyzade Bezek Beáta Bhagavti
Bhai Bhairavlal Bhaiya Bhanumati Bharti Bhavani Bhavika Bhavindr Bhavini Bhavna Bhavya Bhekani Bhekisisa
Bhekizizwe Bhekokwakhe Bhojakla Bhola Bhuma Bhushan Bhuvan Biagio Bianka Bibiana Bibisora Bibiána Bibuwa Bican
Bidayet Bieke Bienvenida Bikas Bikash Bilaal Bilal Bilay Bilena Bilender Bilgen Bilginur Bilgütay Bilha
Biljana Bilkay Bilkisu Bilol Bilyan Bimala Bimla Bina Binay Binita Binko Bino Birat Birben Birger Birgid
Birgitt Birgitta Birgitte Birgül Birousk Birsan Birsen Birte Birthe Biruta Bisenti Biser Bisera Biserka
Bishakha Bitten Bitül Biyanka Bizhan Bjarne Bjørg Bjørn Bladimir Blago Blagodatka Blagoi Blagomir Blagosvet
Blagosveta Blagovest Blagoy Blahoslav Blanduzia Blanka Blas Blazhe Blerim Blerina Blerta Bluette Boaz Boban
Bobur Bodil Bodo Bodromir Bodurka Boe Boel Bog Bogdalina Bogdan Bogdana Bogdanna Boginya Boglárka Bogodar
Bogoi Bogolyub Bogomil Bogomir Bogorodka Bogoslav Bogoy Boguslav Boguslava Bohdan Bohdana Bohumil Bohumila
Bohumír Bohuslav Bohuslava Boila Bojan Bolatito Bolen Boleslav Boluwatife Boma Bone Bonface Boniface Bonifacio
Bonifatsiya Bonifác Bonislav Bonko Bonu Borahan Borbála Borena Boriska Borislav Borja Borris Borut Boryanka
Borys Bosibori Botond Botsa Bouchra Boyan Boycho Boyko Boynak Bozena Bozerk Bozhan Bozhidar Bozhik Bozhimir
Bozhin Bozhinel Bozhinela Bozhko Bozho Bozhur Bozhurka Brahim Bram Bramwel Branislav Branislava Branka Branko
Braulio Bravin Brayan Brecht Breda Brencis Brendah Breno Bridgit Briek Brieuc Brigita Brigitta Brijesh
Brilyant Brit Brita Britt-Mari Britt-Marie Bronislav Bronislava Bror Brunhild Brunhilde Bruni Brzana Brígida
Bucha Bucur Buddh Buddhi Budhd Budi Budimir Buenaventura Buhari Bujar Bukurije Bulunç Buna Bunmi Buraid Burak
Burakhan Burckhard Burcuhan Burghard Burim Burkard Burkhard Burkhardt Burç Busara Busisiwe Buyrukhan Bystrík
Bálint Bárbara Bärbel Béatrice Béla Bénédicte Bérengère Bérénice Börje Börteçin Bøje Børge Büget Bünyamün
Büreyre Cabbar Cabir Caetana Cagak Cager Cahan Cahangir Cahya Cahyadi Cahyanto Cahyo Cahyono Caio Caius Cajsa
Caket Cakrabirawa Cakrabuana Cakrajiya Cakrawala Cakrawangsa Calcedonio Calebe Calisto Calixta Calixto
Calogero Calvince Camil Camillo Camilo Campo Canal Canan Canberk Candela Candelario Candelas Candeniz
Candrakanta Canfeza Cangür Cannur Canseven Cansin Cantemir Cantez Canur Capa Capucine Caraka Carine Carl-Heinz
Carl-Johan Carlijn Carlito Carmenza Carminho Carolien Carren Carsten Carub Cas Casemiro Casian Casiana Caspar
Casper Catharina Cathrin Catia Catinca Cato Catrin Catrine Catrinel Catur Caturangga Cauã Cauê Cavad Cavid
Cavit Cawisadi Cawisono Cawuk Cayadi Cayetana Cayetano Cazimir Cebesoy Cebrián Cecep Cecilie Cecilija Cecilio
Cecília Cedide Cedrin Ceferino Celal Celestino Celilay Celso Cem Cemal Cemalettin Cemani Cemeti Cemil Cemiyle
Cemplunk Cenan Cengiz Cengkal Cengkir Centa Centrine Cerasela Cercis Cesare Cetin Cevale Cevheri Ceyhun Ceyla
Ceylin Ceyran Cezar Cezara Cezary Cezayir Chaaya Chabane Chachiya Chacho Chaifah Chaitaly Chaitanya Chaity
Chaiwut Chakradev Chakradhar Chakrika Chalisa Chamali Chaman Chameli Champa Champak Chanakya Chanchal Chand
Chandana Chandani Chandika Chandni Chandr Chandrakant Chandrakanta Chandralakshmi Chandramaya Chandran
Chandresh Chanez Changaz Chanikan Chaniya Chankete Chanko Chano Chanya Charan Chardafon Chardafona Charlesh
Charlotta Charly Charo Charodei Charodey Charos Charvi Chashida Chasmum Chatresh Chatura Chaush Chausiki
Chavdar Chavvi Chawin Chawish Chayanin Chayapat Che Chebet Chedomir Chege Chelangat Chelo Chema Chenko Chenyu
Chepkemoi Chepkoech Chepkorir Chepo Cheragh Cheresha Cherif Cherno Chernorizets Cherotich Cheruiyot Cheslav
Chetan Chetna Chetvrta Cheusi Chhavi Chhetan Chhevan Chhirin Chhokpa Chhunadyak Chiamaka Chiara Chibuzo
Chidimma Chigozie Chijioke Chiko Chilo Chinedu Chinelo Chini Chinyere Chipukizi Chiranjibi Chiranjivi Chiraz
Chita Chiyo Chizoba Chka Chloé Chloë Chocho Chochomir Chona Chonar Choni Chono Chonyu Christa-Maria Christabel
Christelle Christer Christiaan Christianne Christl Christof Christofer Christoffer Christoph Christophe
Christos Chubrik Chubrina Chucho Chude Chudo Chudomir Chudoslav Chuk Chuki Chukwudi Chukwuemeka Chunu
Churinani Chus Chuy Chvor Ciaobella Cici Cielo Cihan Cihandide Cilli Cilly Cindoruk Cinta Cinthya Cintia
Cinzia Ciprian Cipriana Cipriano Ciriaco Ciril Cirillo Cirino Cirkeline Ciro Ciríaco Citlali Citra Claas Claes
Claire-Lise Clarisse Clas Claudina Claudiu Claudius Claudy Claus Claus-Dieter Claus-Peter Clavs Clemens
Cleophas Cleto Clodomiro Cloe Cloé Cláudia Cláudio Cläre Clémence Clément Clémentine Clímaco Codin Codrin
Codrina Coline Colins Collince Collins Colomba Coluccio Concepción Conny Conrado Consolata Constantin
Constantina Constantino Constanza Constanze Constança Coralia Coraline Cordula Corentin Coriolano Cornel
Cornelio Cornelis Corneliu Corona Corrado Corsin Corvin Cosima Cosimo Cosmas Cosme Cosmin Cosmina Costache
Costantino Costanzo Costel Costin Crescencia Crin Crina Cristea Cristhian Cristhofer Cristian Cristiana
Cristiano Cristián Cristofer Cristofor Cristóbal Csaba Csilla Csongor Ctibor Ctirad Cuheyna Cuman Curdin Curro
Custodia Custodio Cvetka Cvetko Cyprian Cyprián Cyriel Cyrill Cyrille Czeslaw Cándida Cándido Cátia Cäcilia
Cäcilie Cécile Cédric Célestin Célestine Célia Célina Céline César Côme Cüneyit Daamin Daan Daanish Daanyaal
Daawood Dabbah Dabir Dace Dacian Daciana Dacin Dadap Dadi Dafina Dafinka Dafne Dag Dagel Daghfal Dagmara
Dagobert Dagoberto Dahiana Dai Daiana Daiga Dainess Dainis Dainius Dairo Daiyaan Dajana Dakhil Daksh Daksha
Dakshesh Dalaja Dalan Dalbir Daler Dalibor Dalili Dalima Daliman Dalimin Daliono Dalmas Damar Dameer Damiano
Damife Damijan Damini Damir Damián Damjan Damjana Damlanur Damodar Damu Damurah Damyana Damyanti Danang Dancan
Dancun Danelina Danielius Daniels Danijel Danijela Danila Danimira Danique Daniswara Danitza Danièle Daniël
Danjuma Danka Danson Danu Danuja Dany Daphné Darain Dardan Dardanela Dariana Dariati Darija Darijan Darika
Darimin Darina Darinka Dariusz Dariya Darja Darko Darling Darmaji Darman Darmana Darmanto Darpan Darsh Darshan
Darshana Darsirah Dartono Daru Daruna Dary Darya Daryani Darío Dasa Dastageer Dattatrey Daud Daudi Dava Davi
Davide Davor Davorin Davy Davyd Dawid Dawud Dayamai Dayana Dayar Dayaram Dayita Dayyaan Dea Debki Decebal
Dechen Dechko Decho Dechyu Deepa Deflorina Deha Deiby Deicy Deisy Deividas Dejan Delcho Delfino Delfín Deliana
Delil Delya Delyan Delyana Dementi Dementiy Dementy Demeter Demetrio Demi Demian Demid Demilade Demir
Demirbüken Demirela Demiriz Demirok Demiryürek Demyan Dencho Deniandra Denika Denimir Denisa Denislav
Denislavena Deniyan Deniz Denizalp Denkel Dennitsa Derdidas Derkay Derly Derya Deryanur Desho Desiderio
Desilian Desimilyana Desimir Desirée Desislav Desiyana Deslav Despin Despinka Despot Detelin Detlef Detlev Dev
Devansh Devdan Devdas Devendr Devi Devika Deviner Devki Devraj Dewi Dex Deya Deyan Deyanira Dezider Dhananjay
Dhanju Dhanmaya Dhanshvari Dharm Dharmendr Dhaval Dhiraj Dhriti Dhruv Diah Diamandi Diamantina Dianah Diar
Dickson Dida Didina Didko Diederik Diedrich Dierk Diethard Diethelm Diether Dietlind Dietlinde Dietmar
Dietrich Digdaya Digvijya Dijana Diken Diko Diksha Dil Dilan Dilara Dilcan Dilder Dildora Dilfeza Dilip
Dilmana Dilnoz Dilnur Dilsitan Dilu Dilyan Dimas Dimaz Dimitra Dimitri Dimitrina Dimitrios Dimka Dincer Dinda
Dines Dinis Dinna Dinu Dinçkol Dinçsü Diogo Dionigi Dionisia Dionisio Dionýz Dip Dipa Dipak Dipali Dipanjali
Dipendr Dipesh Dipin Dipisa Dipkasvar Dipta Dipti Dirican Dirja Dirlik Dismas Dita Ditmar Ditte Dittmar
Divakar Divan Divil Divizie Diviziya Divya Diya Diyor Diyora Diána Djamel Dmitriy Dmitro Dobrina Dobromila
Dobromysl Dobroslav Dobroslava Docha Dochia Dodo Dogan Doina Doli Dolma Dolphine Dolun Dom Doma Domagoj
Domantas Domas Domen Domenico Domenika Domingos Dominik Dominika Dominyka Dominykas Domnica Donat Donata
Donatas Donatella Donatello Donato Donika Doniyor Dono Doralisa Dorcus Dorel Doriana Dorien Dorin Dorina
Dorinel Dorit Dorita Dorle Dorli Dorofei Dorofey Dorota Dorotea Doroteja Dorothe Dorothee Dorothée Dorottya
Dorte Dorthe Doru Dorukhan Dosta Dounia Dovud Dovydas Doyinsola Doyka Draga Dragan Dragana Dragica Dragitsa
Drago Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drajat Drenka Dries Drilon Drita Driton Duarte Dubán
Ducu Duda Duha Duilio Duje Duma Dumisani Dumisile Dumitra Dumitrana Dumitru Dunia Dunja Dunyo Durab Duracan
Durante Durdali Durdona Durga Durgadin Durna Durodola Dursadiye Dursun Duruk Duruöz Dusan Dushka Duuk Duván
Duyguhan Dvarika Dwi Dylano Dyukyana Dzhana Dzhaner Dzhanko Dzhikhad Dzhinevra Dzhuliya Dzidra Dzintars
Dzintra Dániel Dávid Débora Déborah Dénes Désirée Dóra Dölensoy Döner Dörte Dörthe Dündaralp Dünya Eba Ebba
Ebbe Eberhard Eberhardt Ebuakil Ebuka Ecaterina Ecegül Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ecrin
Edaviye Eddah Edelbert Edelgard Edelmiro Edeltraud Edeltraut Edeltrud Eder Edgaras Edgard Edgars Edgübay
Edhitha Edi Edier Edilberto Edilma Edilson Edin Edina Edinah Edinson Edisson Edit Edita Editha Edmunds Edoardo
Edon Edona Edryu Edson Edu Eduar Eduard Eduarda Eduards Edvard Edvardas Edvin Edvinas Edwar Eelis Eemeli Eemil
Eerik Eero Eesaa Eesha Eetu Eeva Efe Efil Efim Efimena Efka Eflâtun Efraín Efrem Efrosiniya Efrén Efser
Eftimia Eftimie Ega Egbert Egenur Eggert Egidijus Egil Egils Egon Egor Egzon Egzona Ehan Ehrenfried Ehrentraud
Ehrhard Ehsaas Ehsan Eider Eija Eijaz Eila Eimantas Einar Einari Einer Eino Eira Eiravati Eirik Eitel Eithan
Eivind Eivor Eja Ejaz Ejlaal Eka Ekaja Ekalinga Ekani Ekansh Ekanta Ekantika Ekapad Ekaraj Ekaterina Ekavir
Ekbal Ekber Ekene Ekim Ekiya Ekkehard Ekkehart Ekmel Eko Ekow Ekta Ektar Ektor Ekundayo Ekundu El-Amin Ela
Eladio Elaf Elamiye Elariz Elcira Elcy Eldar Elea Elean Eleazar Elektron Elemag Elemér Elenitsa Elenko
Eleodoro Eleoneta Eleonóra Eleuterio Elfi Elfida Elfie Elgin Elgün Elhan Eliabeth Eliakimu Elian Eliane Elie
Eliecer Elien Eliezer Elif Elifnur Eligia Eligio Eliisa Eline Elio Eliot Eliott Elis Elisabet Elisabeta
Elisabete Elisabetha Elisabetta Elisaveta Elisei Elisey Elisiya Elita Elitsa Eliud Elizabeta Elizabete Elizar
Elizaveta Elize Elkana Elkin Elko Elladio Ellinor Elman Elmar Elmeri Elmidar Elmir Elnur Elo Eloah Elodie Elof
Elona Elosy Eloá Eloísa Eloïse Elphas Elpidio Els Elsbeth Elsebeth Elturan Eluh Elvan Elver Elvy Elvíra Elwira
Elxan Elyas Elzbieta Elçin Eléa Eléna Eléonore Elías Elöve Emal Eman Emanoil Emanuela Emanuele Emanuella
Emanuelly Emanuil Emanuila Emas Embuh Emeka Emelie Emelyan Emelyne Emese Emiel Emigdio Emilce Emilian Emiliana
Emiliano Emilien Emilija Emilis Emiliya Emiliyan Emilly Emilse Emin Emina Emine Emiro Emmaculate Emmah
Emmanuelle Emmanuil Emmerich Emmi Emong Emperatriz Empluk Emran Emre Emrullah Emy Emília Enar Encarna
Encarnacion Encarnación Encarnita Encho Endah Endo Endra Endre Endrit Ene Enea Enes Enfes Engelbert Engin
Enginiz Engla Eniola Enis Enith Enitsa Enna Ennio Enno Eno Enock Enrika Ensar Ensari Ensio Enteng Enver Enya
Enyu Enzi Enzio Enzo Ephantus Epifan Epifanio Eral Eraldo Erast Erastus Eraycan Erbay Erbil Ercan Ercihan
Erdal Erdemer Erdibay Erdmute Erdursun Eredin Erem Eremei Eremey Eremia Eremiya Eren Erenalp Erensoy Ergana
Ergener Erginel Ergönül Ergül Ergün Erhard Erhardt Erikas Erina Erinçer Erion Erkan Erkinel Erkki Erksoy
Erland Erling Ermanis Ermanno Ermenegildo Ermes Ermil Ermilya Ermolai Ermolay Ermutlu Ernestas Ernests Ernst
Ernst-August Ernst-Dieter Ernst-Otto Erofei Erofey Erol Ersel Ersen Erseç Ertan Erten Ertuncay Ertün Ervaniye
Ervín Erwan Eryk Erzsébet Eröz Esa Esben Esen Esenbay Esengün Esentürk Esfandyar Esha Eshan Eshana Esi Esila
Eskil Eskinalp Esko Esma Esmanperi Esmarelda Esmee Esmira Esmée Esna Esneider Esparta Espartaco Espen
Espiridión Esra Essi Estefany Estefanía Estera Esteri Estiawan Estiono Estiven Esupofo Eszter Eta Etela Etelka
Etelvina Etibar Etien Etienne Etiqad Etizaaz Ettore Eufrosina Eugen Eugine Eugène Eugénia Eugénie Eulogio
Eulália Eunika Eusebiu Eustaquio Eutimio Eutropio Eva-Lena Eva-Maria Eva-Marie Evald Evaldas Evaline Evalyne
Evamaria Evance Evangelia Evangelista Evangelos Evanghelina Evans Evaristo Evcimen Evde Evdokim Evdokiya
Evelien Eveliina Evelio Evelína Everline Everlyne Evert Evfrosiniya Evgen Evgeni Evgeniy Evgeniya Evgeny
Evgraf Evi Evija Evlampi Evlampiy Evlampy Evpraksiya Evridika Evrim Evrimer Evsei Evsey Evstafi Evstafiy
Evstafy Evstakhi Evstakhiy Evstakhy Evstati Evstatiy Evstaty Evstignei Evstigney Evtim Evy Ewald Ewatomi
Ewelina Exequiel Eydan Eyyub Eyyüp Ezgin Ezgütekin Ezio Faas Faber Fabia Fabiana Fabien Fabienne Fabiyana
Fabián Fabiënne Fabrice Fabricio Fabrizia Fabrizio Facundo Fadei Fadekemi Faderera Fadey Fadil Fadile Fadime
Fahari Fahmi Fahrullah Faina Faiq Faisa Faizah Faizan Faize Falak Falan Falguni Falk Falko Fami Fanaka Fanni
Faqid Faraj Faraja Farangiz Faras Farhan Farhiya Farhod Farhunnisa Farid Farida Farijika Fariq Faris Fariz
Fariza Farouk Faruk Farzona Fathonah Fatigül Fatih Fatiha Fatime Fatinur Fatma Fatmanur Fatmir Fatmire Faton
Fatteh Fatuma Faustas Fayize Fazil Fazli Fazul Febe Febi Fedde Fedele Feden Federica Federigo Fedir Fedor
Fedosi Fedosiy Fedosy Fedot Fehim Fehintola Fehmiye Feisal Feliciana Feliciano Feliks Feline Felista Felister
Felistus Felizitas Fella Fem Femke Fenna Fenne Fenni Fenya Feofan Feoktist Ferahdiba Ferapont Ferat Feraye
Ferdi Ferdinando Feremez Ferenc Ferhan Ferhat Feriel Ferihan Ferinaz Fermuta Fermín Fernand Ferney Ferre
Fersan Feruza Feryas Ferzi Festus Fetullah Fevroniya Feyha Feyruz Feyzin Feza Fiamma Fibikemi Ficho Fidan
Fidaye Fidelis Fidvi Fien Fiene Fiifi Fikayomi Fikiya Filaret Filatei Filatey Filcho Fildan Fili Filidan
Filimon Filion Filip Filipa Filipas Filipe Filipini Filipopol Filipp Filippa Filippo Filit Filiz Filko Filo
Filofteia Filomir Filoména Fimar Fimka Findo Fiodor Fiorella Fiorenzo Fiorino Fircho Firdavs Firdevis Firdovsi
Firo Firs Firudin Fisnik Fitan Fitim Fitnat Fito Fitore Fitria Fitriani Fiyaz Flamur Flavie Flavio Flaviu
Flaviya Flemming Fleur Floare Floarea Floortje Flore Florea Florent Florentin Florentine Flori Florian
Floriana Floriane Florica Floridor Florika Florim Florin Florina Floris Florián Floro Flurin Flurina Fodil
Fodor Foka Folashade Folke Folker Folkert Folu Foma Fori Fortunat Fortunata Fortunato Fosil Foti Fotima
Fotinka Fotiy Foty Fouzia Frado Franc Franca Franci Francia Francisc Franciscus Franciska Franciszek Franck
Franco Francy Franjo Frank-Michael Frank-Peter Franka Frankline Franky Frants Frantsislav Franz Franz-Josef
Franz-Peter Franz-Xaver Franziska François-Xavier Françoise Fratsil Frauke Frede Frederico Frederik Frederika
Frederike Frederikke Frederique Fredi Fredo Fredrik Fredrika Fredy Freia Freja Fresia Freya Fricis Fridah
Fridolin Fridrich Friedbert Friedemann Frieder Friedericke Friederike Friedhelm Friedhilde Friedhold Friedl
Friedlinde Friedo Friedrich-Karl Friedrich-Wilhelm Frithjof Frode Frodo Froilán Frol Fronka Frusina Fryderyk
Frédéric Frédérique Fstk Fuga Fugo Fuko Fulgencio Fulvio Fuma Fuzayl Fuzuli Fynn Fyokla Fábio Fátima Féline
Félix Fügen Füzuli Gabel Gabi Gabin Gabino Gabor Gabrielius Gabrielly Gabriël Gaby Gada Gadang Gading Gaduh
Gael Gaetano Gagan Gaia Gaida Gaiman Gaja Gal Galak Galaktion Galang Galar Galasso Galena Galentin Galien
Galih Galimir Galiono Galip Galiyan Gallego Galo Galuh Galur Galvarino Galya Gaman Gamani Gamanto Gambira
Gamblang Gambo Gancho Ganda Gandewa Gandi Ganep Gangsa Gangsar Gani Ganimete Ganislav Ganiye Ganjaran Ganna
Gano Gantar Gantsomir Ganutsa Gara Garan Garang Garda Garima Garo Gaspar Gaspard Gaspare Gasti Gastone Gastón
Gathoni Gatis Gato Gatot Gatra Gatso Gauhar Gaurang Gaurangi Gaurav Gauri Gaurika Gautami Gauthier Gavrila
Gavrilo Gawati Gayathri Gayatri Gazel Gazmend Gaël Gaëlle Gaëtan Gbadebo Gbolahan Gbowoade Gda Geanina Gebhard
Gecho Gedeon Gediminas Gedion Geetika Geir Gejza Gelemir Gelengül Gelsomina Gelu Genadi Genadivaleriev Genadiy
Genady Gencaslan Gencho Geneviève Genislav Genko Gennadi Gennadiy Gennady Gennaro Geno Genovefa Genta Gençay
Geo Geodim Geoffroy Geofrey Geomil Georg Georgel Georgelena Georges Georgeta Georgi Georgios Georgitsa Georgiy
Georgy Geovanny Gerarda Gerardus Gerasim Geray Gercho Gerd Gerdan Gerdana Gerdi Gereon Gerfried Gerga Gergan
Gergei Gergely Gergelyub Gergey Gergin Gerhardt Gerhart Gerhild Gerlind Gerlinde Germain Germana Germán Gernot
Gero Geroi Gerold Gerolf Geronimo Geroy Gerrit Gerson Gert Gerta Gerti Gertraud Gertraude Gertraut Gertruda
Gertrúda Gervasio Gerwin Gerónimo Gesa Gesare Gesche Gesho Gesine Geta Gethera Getislav Getko Geto Getrude
Getso Geza Ghaalib Ghaazi Ghaffaar Ghafoor Ghaith Ghalib Ghaliyati Ghanee Ghanem Ghani Ghannam Ghasaan Ghauth
Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer Ghazawan Ghazi Ghazzal Ghenadie Gheorghe Gherghina Ghilas Ghislain
Ghiyaath Ghiyath Ghufran Ghulaam Ghulam Ghunayn Ghusharib Ghusun Ghutayf Giacinto Giacobbe Giacomo Giada
Giampaolo Giampiero Gian Gian-Luca Giancarlo Gianfrancesco Gianfranco Gianina Gianluca Gianluigi Gianmarco
Gianni Gianpaolo Gianpietro Gibson Gichka Gicu Gideon Giedrius Giel Giesela Gifty Gijs Giko Gilang Gildardo
Gildroi Gildroy Gilles Gillis Gilman Ginyas Gioacchino Gioachino Gioele Gioffre Gioia Gion Gionata Giorgian
Giorgiana Giorgio Giosuè Giovanny Girik Girindra Girish Girolamo Gisa Gisbert Gislinde Gisselle Gisèle Gitau
Githinji Gitonga Gitta Gitte Giulia Giuliana Giuliano Giulietta Giulio Giuseppa Giustino Giveza Giz Gizdalen
Gizdana Gizela Gizella Glafira Glauco Glbitsa Gleb Glenka Glib Goda Godelieva Godelieve Godfrey Godofredo
Godwin Goffredo Gohar Goma Goncafer Gonçalo Gopal Gopi Gopinath Goran Gorazd Gordana Gordei Gordey Gordi
Gordiy Gordy Goriya Gorm Gostomysl Gotam Gotsa Gottfrid Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottlob
Govind Govinda Goyo Graciana Graciano Grafitsa Grazia Graziano Graziella Greca Greco Greet Grega Greger Gregor
Gregorian Gremislav Grete Gretel Grethe Gretl Griet Grieta Grigore Grigori Grigoriy Grigory Grimyana Grit Gro
Grozdinka Grzegorz Grégoire Grégory Gréta Guarino Gudula Guenter Guenther Guglielmo Gugu Gugulethu Guido
Guilherme Guillaume Guiomar Guiseppe Gulab Gulfaam Gulfam Gulshan Gulzar Gumercindo Gun-Britt Guna Gunar
Gunbir Gunborg Gunda Gundel Gundhild Gundi Gundolf Gundula Guneet Guney Gunhild Gunilla Gunita Gunn Gunnar
Gunnel Gunner Gunta Guntars Gunther Guntis Guntram Gunvor Guri Guriy Gurli Gury Gust Gustaaf Gustaf Gustas
Gustav Gustave Gustaw Gusti Gustáv Gusztáv Guus Guusje Gvardiana Gvozdeyka Gwenaëlle Gwendoline Gyda Gytis
Gyugra Gyula Gyurgya Gyöngyi György Györgyi Gzim Gábor Génesis Gérald Géraldine Gérard Géza Gök Gökay Gökbudun
Göken Gökhan Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçil Göli Gönen Gönül Göran Görgünay Görklü
Görsev Gösta Göte Götz Gözel Gözem Gücal Gül Gülay Gülbala Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder
Güldünya Gülel Gülenay Güler Gülev Gülfari Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Güllühan Gülmira Gülmisal
Gülnar Gülnaz Gülnaziye Gülnur Gülper Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gülten
Gülter Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülüs Gülüstan Günar Günay Günaydin Günden Gündüz
Gündüzalp Günebakan Güneri Güngördü Güngören Günkurt Günsel Günser Günther Günver Gürarda Gürcüye Gürelcem
Gürsal Gürten Güverçin Güzey Güçal Güçlüer Güçyeter Habib Habiba Habibe Habibu Habil Haciali Hacile Hadassa
Hadi Hadicha Hadija Hadithi Hadiza Hadjer Hadrey Hadrien Hafiz Hafsa Hafsat Hafshah Hagen Haiba Hairyanto
Hajnalka Hajo Hakan Hakikat Hakim Halenur Halid Halidun Halil Halim Halima Halisi Haliye Haluk Hami Hamima
Hamis Hamisi Hamiyet Hampus Hamsini Hamza Hamzah Hanako Hanbiken Hanedan Hani Hania Hanife Hanim Hanja
Hannabel Hannchen Hanne Hanne-Lore Hannele Hannes Hanni Hanno Hanns Hannu Hanny Hans-Adolf Hans-Albert
Hans-Bernd Hans-Christian Hans-Detlef Hans-Dieter Hans-Dietrich Hans-Eberhard Hans-Erich Hans-Friedrich
Hans-Georg Hans-Gerd Hans-Gerhard Hans-Günter Hans-Günther Hans-Heinrich Hans-Helmut Hans-Henning Hans-Herbert
Hans-Hermann Hans-Hinrich Hans-Joachim Hans-Jochen Hans-Josef Hans-Jörg Hans-Jürgen Hans-Karl Hans-Ludwig
Hans-Martin Hans-Michael Hans-Otto Hans-Peter Hans-Rainer Hans-Rudolf Hans-Theo Hans-Ulrich Hans-Uwe
Hans-Walter Hans-Werner Hans-Wilhelm Hans-Willi Hans-Wolfgang Hansgeorg Hansjoachim Hansjörg Hansjürg
Hansjürgen Hanspeter Hansruedi Hanss Hansueli Hansultan Haralamb Haralambie Harald Harambee Harbinaz Hardana
Hardi Hardik Hardy Harendr Hari Harihar Harijs Harimurti Harinakshi Harini Haris Harish Harita Hariz Harja
Harjasa Harjaya Harjo Hark Harnail Harol Haroldo Haron Harri Harro Harsana Harsanto Harsaya Harsh Harshad
Harshada Harshal Harshil Hartaka Hartana Hartmut Hartmuth Harto Hartwig Haruka Harun Haruna Hasan Hasbek
Hasgül Hashiki Hasim Hasna Hasret Hasso Hasta Hatem Hatice Hatima Hatin Hauwa Hava Havali Havse Hawa Hawehindi
Hayali Hayat Haydée Hayel Hayret Hayrünnisa Hazeem Hazine Hazrat Hedda Hedi Hedvig Hedviga Hedvika Hege
Heide-Marie Heidelinde Heidelore Heidemarie Heiderose Heidrun Heikki Heiko Heimo Heiner Heinfried Heini Heino
Heinrich Heinz-Dieter Heinz-Georg Heinz-Gerd Heinz-Günter Heinz-Günther Heinz-Joachim Heinz-Josef Heinz-Jürgen
Heinz-Otto Heinz-Peter Heinz-Walter Heinz-Werner Heinz-Wilhelm Heinz-Willi Heitor Hekima Hekime Hekmet Heleen
Helfried Helge Heli Helinä Heliodoro Hella Helle Hellena Hellevi Hellmut Hellmuth Helma Helmar Helmer Helmi
Helmtrud Helmuth Heloisa Heloísa Helvi Helén Heléne Hema Hemal Heman Hemang Hemangini Hemani Hemraj Hendra
Hendri Hendrik Henife Henk Henna Henner Henni Henning Henny Henri Henric Henrich Henricus Henrieta Henrike
Henrikki Henriks Henrique Henryk Heracleea Heraclio Heraldo Herberto Herdis Heribert Herlinde Hermanis Hermann
Hermann-Josef Hermanni Hermenegildo Hermes Herminda Herminio Hermína Hernando Herney Hernán Herrmann Heru
Hervé Herwig Heryanto Hesbon Hesti Heva Heyvetullah Hezniye Hezron Hicham Hicran Hidaya Hidde Hideki Hidir
Hilal Hilayda Hildah Hildburg Hildegart Hildegund Hildegunde Hilding Hilkka Hillevi Hilmar Hiltraud Hiltrud
Hima Himawan Hindal Hinet Hinrich Hipólito Hira Hiral Hirendr Hiroshi Hitesh Hiçsönmez Hjalmar Hjalte Hjördis
Hocine Hodari Holger Holm Homero Honoré Horea Horia Horst-Dieter Horst-Günter Horst-Peter Hortenzia Horymír
Houcine Houda Hredhaan Hritik Hrvoje Huban Hubertine Hubertus Hudavent Hugues Huguette Humaira Humaiya Humayra
Humoyun Humphrey Hunalp Hunor Hurican Huzaifa Huzuri Hynek Håkan Håkon Håvard Héctor Héloïse Hélène Hüda
Hükümdar Hülya Hümeyra Hürmet Hürüyet Hüseyin Hüseyn Hüseynqulu Hüsmen Hüsnühâl Iacob Iancu Ianis Iara Iasmina
Ibaad Iben Ibeth Ibha Ibhan Ibidapo Ibironke Ibn Ibolya Ibraaheem Ibraheem Ibrahim Ibrani Ibrohim Ibun Ibán
Ica Icha Ichchha Icho Idika Idrees Idris Idriz Idun Ieremia Iesa Ieva Ifa Ifeanyi Ifechukwu Ifeoma Ifora
Iftikhaar Iftikhar Ifunanya Ige Iglika Ignace Ignacy Ignas Ignat Ignati Ignatiy Ignaty Ignatz Ignaz Ignác
Igors Ihab Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtsham Iida Iiris Iisakki Ijaya Ijli Ika Ikbal Ikenna
Ikeoluwa Iker Ikhlaas Ikhsan Ikhtiandr Ikin Ikraam Ikram Ikramah Ikrimah Ikshita Ilan Ilari Ilaria Ilarie
Ilarion Ilcho Ildefonso Ildiko Ildikó Ilenia Ilga Ilianna Ilias Ilich Ilie Ilija Ilinca Ilinda Iliomar Ilir
Iliya Iliyan Ilja Ilka Ilkka Ilko Illya Ilmari Ilonka Ilsa Ilya Ilyas Ilyes Ilze Imane Imants Imany Imara
Imaran Imene Imer Imilian Imke Immaculate Immo Imona Imre Imrich Imron Ina Inan Inaya Incho Indah Indali Indr
Indrajit Indrek Indu Indy Ine Inesa Inese Ineta Ing-Britt Ing-Marie Inga-Britt Inga-Lill Ingalill Ingbert
Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore Ingemar Ingemund Ingetraud Ingetraut Ingmar Ingo Ingolf
Ingrida Ingried Inguna Ingvar Inioluwa Inka Inken Inkeri Inko Inmaculada Inna Innokenti Innokentiy Innokenty
Inocencio Insa Inta Intan Inès Inés Inês Ioan Ioana Ioanina Ioannis Iolanda Ion Ionel Ionela Ionelia Iosefina
Iosif Ipat Ipati Ipatiy Ipaty Ipolit Ippazio Ippolit Ira Irakliy Irakly Iretioluwa Irfan Irian Iriana Iridenta
Irin Irine Irinei Irinel Irineus Iriney Iriyan Irja Irko Irla Irmantas Irmela Irmeli Irmengard Irmhild Irmi
Irmingard Irmtraud Irmtraut Irmtrud Irnanto Irnik Irsad Irungu Irwan Irya Iryna Irène Irén Iréne Isaack
Isabela Isabelly Isac Isack Isai Isak Isaline Isaque Isay Isaya Isaías Ise Iseoluwa Isfandiyor Ish Isha Ishaan
Ishani Ishanvi Ishita Ishola Ishu Ishvar Ishvari Ishwar Isi Isidor Isidora Isidoro Isikhiya Iskr Iskren Islom
Ismaël Ismet Ismo Ismoil Isolde Isolina Isperikh Issa Issack Istan Istatko Istiliyana Istilyan Istvan István
Isus Itanya Itasa Itko Itso Ituri Itzel Itziar Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina Iustinian
Ivalena Ivamina Ivanesa Ivanichka Ivanna Ivano Ivar Ivars Iveliana Iver Iveta Ivica Ivinka Ivka Ivo Ivona
Ivone Iván Iwan Iwo Iwona Iya Iyabode Iyadunni Iymona Izaaz Izabela Ize Izidor Izidora Izmail Izot Iztok
Izyaslav Iñaki Jaabir Jaafar Jaak Jaakko Jaan Jaana Jaanus Jabal Jabbaar Jabir Jabr Jabulani Jacek Jackline
Jacky Jacobine Jacobo Jacobus Jacopo Jad Jader Jadranka Jael Jaeman Jafar Jafet Jaffer Jaga Jagannath Jagapati
Jagaraga Jagat Jagdish Jagjit Jagnath Jagrati Jagvi Jagvir Jahangir Jahanzeb Jahdami Jahdari Jahi Jahiz Jahm
Jahongir Jai Jaider Jaiman Jairaj Jairo Jairus Jais Jaka Jakob Jakobs Jakov Jakub Jalaal Jalal Jalees Jalia
Jalil Jalmari Jalol Jalsa Jamalia Jameel Jamil Jamshid Jamuna Jan-Erik Jan-Olof Jan-Peter Janak Janaki Janani
Janeta Janez Jangwa Janic Janick Janik Janin Janja Jankat Janko Janne Janneth Janni Jannik Jannis Jano Janos
Janosch Januja Janus Janusz Janya Japhet Japheth Jara Jari Jarkko Jarl Jarmila Jarmo Jarne Jarno Jarolím
Jaromír Jaromíra Jaron Jaroslav Jaroslava Jaroslaw Jaruthip Jaruwan Jarwa Jarwadi Jarwi Jasin Jasiri Jasmani
Jasmijn Jasmina Jasminka Jasmit Jasna Jasur Jaswadi Jatan Jati Jatin Jatmiko Jauhar Javan Javi Javiera Javohir
Jaya Jayadi Jayandr Jayant Jayanti Jayashri Jayda Jayden Jaydev Jayendr Jayeng Jaylinn Jayram Jazmín Jaël
Jean-Baptiste Jean-Charles Jean-Christophe Jean-François Jean-Jacques Jean-Louis Jean-Marc Jean-Marie
Jean-Michel Jean-Paul Jean-Philippe Jean-Pierre Jean-Pol Jebet Jecinta Jedidah Jeet Jeevika Jef Jeferson Jefri
Jeison Jeisson Jekaterina Jelagat Jelani Jele Jelena Jelita Jelka Jelle Jelte Jemimah Jemutai Jenaro Jenel
Jenipher Jens-Peter Jens-Uwe Jente Jepchirchir Jepchumba Jepkemoi Jepkoech Jepkorir Jepkosgei Jeppe Jeptoo
Jeremi Jeremias Jeremías Jerker Jerman Jernej Jerneja Jeroen Jeronimo Jerono Jerop Jerotich Jerson Jeruto
Jerzy Jerónimo Jerôme Jesca Jesper Jessy Jesús Jetmir Jeton Jevgeni Jezups Jhalak Jhan Jhinala Jhoan Jhoana
Jhon Jhonatan Jhonny Jhony Jiban Jil Jimena Jinawi Jindra Jinjuta Jinthe Jip Jiri Jitendr Jitka Jitrin Jnan
Jnaneshvar Jnanhera Jnani Jnanu Joachim Joacim Joakim Joannes Joao Joaquim Joash Jobst Jocelyne Jochem Jochen
Joep Joerg Joeri Joffrey Johan Johann Johannes Johans Johnstone Johny Joke Jolana Jolanta Jolanthe Jolien
Jolijn Jolán Jonatan Jonny Jono Jonás Joojo Joona Joonas Joonatan Joppe Joram Joran Jordana Jordi Jordy Jordán
Joren Joris Jorma Jorn Jort Jorunn Jos Josefiina Josefin Josepha Josephat Josephus Josiane Josianne Josip
Josipa Joso Josphat Josse Jost Josua Josué Josée Joséphine Jouko Jouni Jovana Joyline Jozef Jozefína Jozo João
Joël Joëlle Jua Juanito Judit Judita Jugal Juha Juhana Juhani Juho Jukka Julien Julieth Julija Julijana Julita
Juliusz Julián Julum Juma Jumaane Jumadi Jumari Juna Juni Junu Juozas Juraj Jure Jurgen Jurgita Juri Jurij
Juris Jurre Jussi Justas Justinas Justiniani Justo Justus Justyna Justína Jusuf Juul Juulia Juuso Juvenal
Juwon Jyasmin Jyobhan Jyoti Jyotish Jyotsana Jyotsna Jyrki Jytte Ján János Jázmin Jérémie Jérémy Jérôme
Jéssica Józef József Jörg Jörg-Peter Jörgen Jörn Jørgen Júlia Július Jürg Jüri Kaamil Kaan Kaarina Kaarlo
Kaashif Kaat Kaazim Kabeer Kabir Kabiru Kachela Kacper Kacung Kada Kader Kadifeyka Kadir Kadri Kafeel Kahina
Kahir Kai-Uwe Kaija Kailas Kailash Kaique Kairav Kaisa Kaj Kajen Kajetan Kaji Kajji Kajsa Kajus Kalbi Kaleem
Kaleema Kalervo Kalevi Kaleya Kalgay Kalidas Kalim Kalina Kalisa Kalle Kallistrat Kalpana Kalpit Kalsang
Kaltrina Kaluda Kaluwa Kalyan Kamal Kamar Kamaria Kamau Kambali Kamboj Kameya Kamidin Kamiel Kamil Kamila
Kamilla Kamilly Kamla Kamna Kamolchanok Kamran Kamron Kamya Kana Kanak Kanda Kandef Kani Kania Kanini Kanpulat
Kanta Kanti Kanusha Kaombwe Kaori Kapagan Kapil Kapiton Karaamat Karaca Karaer Karakucak Karam Karama
Karamelita Karanbay Karani Karanja Karcan Karcho Kardelen Kardi Karel Karim Karimah Kariman Karimi Karishma
Kariuki Karja Karl-August Karl-Dieter Karl-Erik Karl-Ernst Karl-Friedrich Karl-Georg Karl-Hans Karl-Heinrich
Karl-Heinz Karl-Hermann Karl-Josef Karl-Jürgen Karl-Ludwig Karl-Otto Karl-Peter Karl-Werner Karl-Wilhelm
Karlfried Karlheinz Karlijn Karlo Karlukhan Karman Karn Karna Karola Karolien Karoliina Karolin Karolina
Karolis Karolína Karp Karsa Karsan Karsana Karsten Karta Kartika Karya Kasam Kashan Kashangaki Kashi Kashif
Kashish Kashor Kashvi Kasidi Kasim Kasimir Kasiran Kasiyah Kaskazi Kaspar Kaspars Kasper Kassim Kastriot
Kasusra Kasyan Kata Katakomb Katalin Katalina Katalinka Katana Katariina Katarina Katarzyna Katarína
Katastrofa Katcha Katelijne Katerin Katerina Katherinne Katica Katinka Katja Katleen Kato Katri Katrien
Katriina Katrijn Katrin Katrine Katty Kauko Kaunka Kaushal Kaushalya Kauthar Kaver Kavurt Kavya Kawaca Kawaya
Kawkab Kawthar Kay-Uwe Kayagün Kaygusuz Kayrabay Kaysan Kayun Kazi Kazim Kazimierz Kazimir Kazimír Kazuya
Keano Kefser Keijo Keji Keld Kelechi Kelâmi Kema Kemba Kemboi Kemuma Kemunto Kenan Kenari Kenedy Kenes Kenichi
Kenn Kennedy Kennet Kenter Kenth Kenyangi Kenza Kenzie Kenzo Keranka Kerim Kerime Kerman Kerttu Kerubo Kesar
Keshar Keshav Keshavlal Keshri Kete Keti Kevork Keya Keyaan Kezban Kezia Keziah Khaalid Khaan Khacho Khadg
Khadidja Khadija Khagendr Khaled Khalil Khamani Khamisi Khan Khana Khanko Khanyisile Kharalambi Kharalampi
Kharalan Kharbingr Khari Khariton Kharitoniya Kharizan Kharlampi Kharlampiy Kharlampy Khasan Khasatin
Khavtelin Khebr Khefestion Khektor Khenrieta Kheraklit Khernani Khiminai Khiminay Khinka Khinko Khino Khitko
Kholi Khoma Khoroz Khrabr Khrabrin Khranimir Khranislava Khrelko Khrelo Khrisanka Khrischo Khrisim Khrisimir
Khriso Khrista Khristalin Khristela Khristiela Khristilian Khristiliyana Khristina Khristivilin Khristiyan
Khristo Khristodor Khristoelena Khristofor Khristomil Khristomir Khristoslav Khristozar Khristozornitsian
Khristozornitsomil Khristya Khrondel Khrusan Khuban Khubav Khubavelka Khubaven Khuben Khvoyne Kiaan Kiah Kian
Kiandra Kiapo Kiarie Kibafupia Kibar Kiber Kibet Kibibi Kiburi Kifaye Kijana Kijani Kike Kikelomo Kiki Kilian
Killian Kilonzo Kimani Kimanzi Kimathi Kimba Kimbilio Kimbo Kimcho Kimeu Kimmo Kimon Kimutai Kimya Kinaya
Kinga Kinka Kino Kinta Kinubi Kinuthia Kinyanjui Kinyua Kiojah Kioko Kipchirchir Kipchumba Kipenzi Kipepeo
Kipkemboi Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno
Kipngetich Kipras Kiprislav Kipriyan Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptoo Kipyegon Kir Kiramettin
Kircho Kirien Kiril Kirill Kirilo Kirka Kirsi Kirsti Kirstine Kirti Kirui Kiryak Kiryaki Kiryako Kis Kishan
Kishor Kisima Kitan Kitchitsa Kito Kitodar Kitomir Kitti Kiume Kiwara Kiyasi Kjeld Kjell Kjersti Kjetil Klaas
Klas Klaudia Klaudie Klaus-Dieter Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter Klaus-Ulrich
Klaus-Werner Klavdi Klavdija Klavdiy Klavdiya Klavdy Klavs Klemen Klemens Klement Kleuna Klim Kliment
Klothilde Kloya Klára Kläre Knina Knud Knut Kobe Kodchaporn Koech Koen Koenraad Kojo Kokimira Koko Kolawole
Kolcho Koldan Kole Kolo Koloman Kolyu Komal Komara Komnin Koncagül Kondo Kondrat Kondrati Kondratiy Kondraty
Konguralp Konon Konrad Konradi Konradus Konstantin Konstantina Konstanty Konstanze Kopan Koray Korbinian
Kordula Korede Korinna Korir Korkmazalp Kornel Kornelia Kornelija Kornelius Korneliya Kornil Kornél Kornélia
Korugan Kosgei Kosisochukwu Kostadinka Kostyantin Kotryna Kotuz Kovu Koycho Koyno Koyo Kozma Koçak Koçkan
Kralina Krasidara Krasiyana Kreszentia Kreszenz Kriemhild Krijal Krish Krisha Krishn Krishnaman Krishtina
Krisi Kristabela Kristaps Krister Kristers Kristiaan Kristiana Kristiane Kristien Kristiina Kristijan Kristiya
Kristián Kristjan Kristof Kristoffer Krists Kristupas Kristína Kristóf Kristýna Krisztina Krisztián Krisztofer
Kritika Krstanka Krystian Krzysztof Ksandriniya Ksawery Ksenija Kseniya Kshitij Kuchanua Kuddusi Kujoe Kujtim
Kullervo Kulnun Kumar Kumari Kumiko Kumral Kumush Kunal Kunaporn Kuncara Kunibert Kunigunda Kunigunde Kunka
Kuno Kunthara Kunti Kupriyan Kuria Kurnia Kurunzi Kushal Kushtrim Kusiima Kustaa Kusum Kusuma Kutay Kutgün
Kutun Kuver Kuzma Kvetoslav Kvetoslava Kwabena Kwadwo Kwaku Kwamboka Kwame Kwamena Kwasi Kweku Kweli Kwesi
Kyalo Kyan Kyano Kyara Kylian Kyllian Kyllikki Kyosuke Kálmán Károly Kâmil Kâzime Käte Käthe Käthi Kåre Kévim
Kévin Köker Könül Kösemen Kübran Laban Labeeb Labib Labinot Labuh Lada Ladimir Ladina Ladislau Ladislaus
Ladislav Ladislava Ladli Laeeq Laetitia Lage Lahiah Laika Lailati Laimonis Laini Laiq Laith Lajita Lajlaj
Lajos Laksana Laksh Lakshit Lakshman Lakshmi Lal Lalit Lalita Lalka Lalko Lalo Laly Lamar Lambert Lamberto
Lambi Lambo Lambyu Lameck Lamine Lanang Lander Lando Langalibalele Langat Langgeng Lanjar Lanselot Lantar
Laora Laqeet Lara-Sophie Laras Lars-Erik Lars-Göran Lars-Olof Laskal Laskar Lasmanto Lasmono Lasse Lassi Lastr
Laswi Laszlo Lata Lateef Latif Latika Latko Lato Latsa Latyu Laureano Laurens Laurenz Laurian Lauriane Laurin
Lauris Laurita Laurits Laurynas Laus Laust Lautaro Lav Lavanya Lavender Lavr Lavrenti Lavrentiy Lavrenty
Lavínia Lawrencia Laylo Layth Lazar Laze Laziz Lazura Lazzaro Laëtitia Laís Lchezarka Lea-Sophie Leander
Leandr Leano Leart Lecho Ledion Ledün Leela Leen Leevi Lefter Lega Legawa Leider Leidy Leire Lejla Leka Leke
Lekha Leko Lembah Lenah Lenche Lene Leni Lenin Lenka Lenko Lenn Lennard Lennart Lennarth Lennert Leocadia
Leocadio Leokadia Leoncio Leonhard Leoni Leons Leonti Leontin Leontina Leontiy Leonty Leopold Leopolda
Leopoldina Leopoldine Leordean Lere Lerze Lesana Lese Lesly Leszek Leticija Letisiya Letícia Lev Levcho Levent
Levente Levin Levis Levko Levoslav Lex Leydi Leyla Leyli Leyre Lezize Leïla León Leónidas Lhaji Liam Lian Lias
Liban Libardo Liberta Liberto Libia Libni Libor Liceth Licho Licia Lidija Lidiya Lidiyka Lidwina Lidya Lieke
Liene Liepa Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieve Lieven Lieze Ligita Liisa Lika Likhiya
Lilalakshmi Lilavti Lilcho Liliane Lilija Lilijana Lilita Liliya Lilja Liljana Lilko Lillemor Lilo Lilou
Lilyan Lilyanka Liman Limar Limazah Limon Linah Linas Lindah Linde Lindita Linet Linnéa Lintang Linus Lio
Lioara Lioba Lipe Lipika Liridon Liridona Lirim Lisa-Marie Lisandro Lisanne Lisbet Lise-Lott Lise-Lotte
Liselott Liselotte Liseth Lissi Lissy Litan Liv Liva Livingstone Livio Liviu Liwia Liya Liyaaqat Liyaqat Lize
Lizete Lizz Lizzy Ljiljana Ljubica Ljubisa Ljubov Ljudmila Lochan Lode Lodewijk Lodovico Loek Loes Lohit Loice
Loke Londisizwe Londiwe Longin Loot Lopa Lope Lorans Loredana Lorenz Loreto Lorik Lorin Lotfi Lothar Loti
Lotta Lotte Lotti Louane Loui Louka Louna Lourenço Lova Lovcho Lovis Lovisa Lovre Lovro Lowe Lowie Lozan
Lozana Lozanka Lozen Loïc Loïs Luan Luara Luay Lubomír Luca Lucca Luce Lucero Lucette Luchezar Luchino Lucho
Lucian Lucija Lucrezia Lucía Ludger Ludivine Ludmila Ludmilla Ludo Ludolf Ludovic Ludovica Ludovico Ludovicus
Ludvig Ludvik Ludvík Ludwig Ludwina Luhung Luigia Luigina Luisana Luisina Luitgard Luiza Lujza Luka Lukan
Lukas Lukasz Lukita Lukiya Lukman Luko Lukyan Lulcho Luli Luljeta Luluh Lulut Lulzim Lumír Lungile Lunna
Luqmaan Luqman Lurhur Lusio Lusiya Lut Lutf Lutfan Lutfi Lutgarde Lutgardis Lutgart Luthfi Lutz Luuk Luwar
Luwes Luyanda Luzia Luzie Luzius Luzmira Luís Luísa Lwandile Lya Lyam Lyanka Lydiah Lydie Lykke Lyna Lyubim
Lyubina Lyublina Lyubomir Lyuboslava Lyubosmysl Lyubov Lyudmila Lyulyana Lyusila László Lázaro Lâle Lærke Léa
Léana Léane Léna Léo Léon Léonard Léonie Léopold Lía Lívia Lúcia Lüfen Lütfi Lýdia Lýdie Maahir Maaike Maajid
Maalik Maanas Maanav Maaria Maarit Maarten Maartje Maawiya Maaya Maaz Maazin Mabad Macarena Macaria Macario
Macharia Macide Maciej Macs Madaha Madalena Madan Madani Madara Maddalena Madelief Madhav Madhavi Madhu
Madhukar Madhur Madhuri Madhvi Madina Madini Madiyan Madlen Madoa Mads Madyan Mael Maeva Maftuna Magarete
Magdaline Magdaléna Magdolna Magne Magret Magrit Mahad Mahali Mahavir Mahavti Mahaz Mahbeer Mahboob Mahbub
Mahdee Mahdi Mahdy Maheen Mahendr Mahendra Maher Mahesa Mahfooz Mahfud Mahfuj Mahfuz Mahigül Mahika Mahir
Mahja Mahmood Mahmud Mahmut Mahnaz Mahsun Mahter Mahulena Maicol Maie Maija Maik Maike Maiken Maikol Maimuna
Maimunah Maina Maingi Maite Maitri Maitê Maiya Maj-Britt Maj-Lis Maja Majani Majd Majdi Majdy Majeed Majken
Majvor Makar Makara Makarena Makau Makeen Makena Makhno Makini Makokha Makori Makrand Maks Maksim
Maksimiliyana Maksimiljan Maksimilyan Maksur Maksymilian Maksüde Makunga Makuta Makuu Mala Malak Malchand
Malea Malene Malgorzata Malin Maliza Malle Mallika Malou Malte Malthe Malti Maltina Malva Malvína Malwina
Mamadou Maman Mamen Mamta Mamun Manabu Manaf Manah Manan Manbir Manca Manchestryunayted Mancho Mandip Mandira
Mandla Mandlakhe Manel Manfred Mangesh Mangli Mani Manindr Maniraj Manish Manisha Manja Manjil Manju Manjula
Manjunath Manjusha Manna Mano Manoel Manohar Manoj Manol Manola Manole Manolina Manolo Manon Mansi Mansurali
Mantas Manthan Manu Manuelita Manuella Manuil Manush Manya Manyu Maqsud Marangoni Maras Marcantonio Marcello
Marchelo Marcheta Marcial Marciano Marcin Marcio Marcu Mare Mareen Mareike Mareile Marek Mareks Marfa Marga
Margana Margaretha Margarethe Margarida Margarit Margaritha Margaréta Margaud Margaux Margita Margitta Margoth
Margreth Margrethe Margrieta Margrit Margrith Margus Maria-Luise Maria-Theresia Mariadi Mariane Mariangela
Maricel Maricica Marie-Ange Marie-Anne Marie-Christine Marie-Claire Marie-Claude Marie-France Marie-Françoise
Marie-Hélène Marie-Jeanne Marie-José Marie-Laure Marie-Line Marie-Louise Marie-Luise Marie-Madeleine
Marie-Noëlle Marie-Paule Marie-Pierre Marie-Rose Marie-Sophie Marie-Theres Marie-Therese Marie-Thérèse
Mariechen Marieke Mariele Marieluise Marija Marijan Marijana Marijke Marijn Marika Marilena Mariluz Marincho
Marinel Marinela Marineta Marinette Marini Marinka Marino Marinus Marioara Mariola Mariollita Mariotka Marisel
Maristela Marit Maritna Maritta Marius Mariusz Mariy Mariya Mariyan Mariyka Marián Marja Marja-Leena
Marja-Liisa Marjaana Marjan Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona Marjukka Marjut Markas
Markku Marko Markéta Marleny Marlies Marliese Marlis Marlise Marly Marlyse Marlène Marlén Marnix Maroof
Marsito Marsudi Martaka Martana Martani Marte Marten Marthe Martial Martijn Martim Martiniyan Martino Martirio
Martta Martti Martyan Martyn Martynas Martín Marush Marusya Marwa Marwata Maryadi Maryanto Maryline Marylène
Maryse Marzena María Marína Masa Masar Masha Masho Masika Masinde Maslina Massiel Massimiliano Massinissa
Masume Matas Matea Matei Matej Mateja Mateo Mateus Matey Matheo Matheus Mathias Mathieu Mathijs Mathis Mathys
Mathéo Mati Matias Matic Matija Matka Mato Matthias Matthieu Matthijs Matthäus Matti Mattia Mattias Matts
Mattéo Matunda Matvei Matvey Matyu Matéo Matías Maua Mauno Mauri Mauricette Maurilio Maurin Maurits Mauritz
Maurizio Maurus Maurycy Mavuno Maxence Maxi Maxime Maximiano Maximilian Maximiliano Maximilien Maximilián
Maximino Maxwel Mayankhu Mayerly Maykol Maynur Maysa Mayte Mayush Mayya Mazlum Maël Maëlle Maëlys Maëva Maïté
Mbithi Mboya Mbugua Mburu Mcebisi Mechislav Mechthild Mechthilde Mechtild Mecide Mecit Medard Medikha Medina
Meelis Meera Mees Mefarettin Mefharet Mefodi Mefodiy Mefody Megh Megha Meghana Mehdi Mehdiqulu Mehdiye Mehin
Mehman Mehmed Mehmetzahir Mehrigül Mehrimoh Meik Meike Meinhard Meinolf Meinrad Meja Mekhala Melaha Melaniya
Melchior Melchor Meldi Melek Meleknur Melichar Melihcan Melikkan Melitta Melker Melle Melvine Melwin Melánia
Melûl Memili Mena Menfeat Mengi Mengüç Menkhu Meno Meral Merba Mercedes Merche Mercyline Merdi Merel Meret
Merete Merethe Mergim Meriem Merijn Merike Merilin Merim Merina Merita Merja Meropa Mert Mertel Merva Mervi
Mery Meryem Meryeme Merzuk Mesak Meshack Mestur Mesude Mesut Metaksa Metin Metinkaya Metka Metod Metrine
Meveddet Mevlüdiye Mevlüt Meyhanim Meyransa Mezide Micael Michail Michala Michaël Michela Michelangelo
Micheletto Michelotto Michiel Michèle Mick Mickaël Mie Mieke Miel Mieszko Miglena Miguela Miha Mihael Mihaela
Mihai Mihail Mihajlo Mihels Mihhail Mihin Mihkel Mihnea Mihrab Mihriye Mihály Miia Miika Mijo Mik Mikael
Mikako Mikels Mikhaylena Mikhaylina Mikhaylo Mikhei Mikhey Mikita Mikkel Mikko Miklós Mikolai Mikolay Milada
Milana Milara Milay Milcah Mildiya Milen Milena Mili Miliana Milica Milind Militsa Miliy Milka Milkah Milla
Millaray Mille Milorad Milos Miloslav Miloslava Milost Milota Milou Milovan Mily Milán Mimmi Mimoza Minal
Mindaugas Minenhle Minibe Minka Minmar Minodora Minoru Minraj Minu Mio Mioara Miodrag Mir Mirabela Miran
Miranza Miray Mirbadin Mircea Mirco Mirdza Mireia Mirela Mirena Miriama Mirja Mirjam Mirjami Mirjana Mirko
Mirlinda Miro Miron Mirona Mironshoh Miropa Miroslav Miroslava Miroslaw Miroslawa Mirriam Mirsad Mirte Mirthe
Miruna Miryam Misael Mischa Mishat Mishka Mishri Misla Mislav Misra Misuli Mitali Mitchelle Mitesh Mithu
Mitofan Mitoshka Mitr Mitra Mituru Mitzy Miyesser Mizhir Mkarkara Mladen Mladlena Mlungisi Mnqobi Moa Modris
Modupe Mofifoluwa Mogens Mohamad Mohamedi Mohamud Mohan Mohand Mohini Mohinur Mohlaroyim Mohna Moisei Moisey
Moisés Mojca Mojisola Mojisoluwa Mojmír Mokei Mokey Momanyi Momera Momoko Monalisa Monicah Monis Monja
Monserrat Moraa Moradeke Morayo Moreen Morena Morenike Moreno Morgane Morine Moritz Morolake Mortadela Morten
Mosinmileoluwa Mosunmola Moti Motunrayo Mouloud Mounir Mourad Moureen Mourib Mourine Moussa Moyosore Mrihani
Mstislav Mthokozisi Muarra Mubina Mucahit Muchiri Muema Mueni Mufide Mugambi Mugdha Mugendi Mugo Mugur Mugurel
Muhallil Muhamed Muhamet Muhammadali Muhammadamin Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo
Muhammadsafo Muhammadsodiq Muhammadsolih Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed
Muhammet Muharrem Muhazzim Muhima Muhip Muhiye Muhsina Muhyettin Muia Muiruri Muizza Mujde Mujur Mukbile
Mukhwana Mukhya Mukta Muktedir Mukund Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Mumtoz Mun
Munene Mungai Muni Munisa Munmun Munyao Munyoki Murad Murarilal Murat Muratcan Murielle Muriithi Murilo Murimi
Murithi Muriuki Murod Mursalina Mursinin Mursita Murti Musa Musafet Musaffa Musau Musee Musembi Musfira
Mushana Mushtariy Musila Muslima Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Muthama Muthengi
Muthoka Muthoni Muthui Mutia Mutie Mutinda Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga Muturi Muvaffak
Muvahhide Muxlisa Muxtar Muzaffer Muzayyana Muzdahir Muzdalifa Muzhir Mwamini Mwanajuma Mwanamisi Mwangangi
Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa Mwezi Mwikali Mwiti Mya Myrtha Myrthe Mzamo Márcio Mária
Mário Márk Márta Márton Mátyás Máté Máxima Máximo Märta Märtha Måns Mårten Mégane Mélanie Mélina Mélissa
Mélodie Mía Mónica Mónika Móric Möhsim Mübariz Mübetcel Mücellib Mücevher Müferrih Müfit Müjde Mükramin
Mükrüme Mülayim Mülâyim Mümtaz Mümtaze Münezzer Münif Müret Mürit Müsemma Müslum Müslüm Müveddet Müzekker
Naadir Naail Naajy Naasih Naasir Naathim Naazhim Nabeeh Nabeel Nabhan Nabigh Nabil Nabila Nabin Nabindr Nacer
Nachiket Nachiyan Nachko Nacho Nacio Nadeem Nades Nadeschda Nadeshda Nadezhda Nadhir Nadim Nadin Nadir Nadiya
Nadja Nadka Nadr Nadège Nae Naeem Nael Nafasat Nafees Nafesa Nafii Nafile Nafis Nafisat Nafula Nagina Naglis
Nahashon Nahiara Nahuel Naiara Naib Naide Nail Naim Naina Nair Naja Najair Najam Najeeb Najuma Najwa Nake Naki
Nakif Nakip Nako Naksh Nakul Nalar Naliaka Nalân Namiq Namrata Nanami Nancho Nand Nandini Nando Nani Nanjala
Nanko Nanna Nanni Nansimir Nanu Nanyu Naoki Naoko Naom Naomy Napoleone Naradi Naran Narayan Narbhupal Narcis
Narciso Nardi Narendr Narhanim Narimane Narji Narkis Narpal Nartsislav Nas Nasab Naser Nashipie Nasiba Nasim
Nasiru Nasko Nasra Nasrullah Nassim Nastimir Nastiya Nastja Nastradin Nasuf Natali Natalija Natalio Nataliya
Natalja Nataly Natan Natanael Natanail Nataniel Natasa Natascha Natasja Natasza Natella Nath Nathalia Nathaly
Nathanaël Nathari Nati Natiq Natko Natsko Natso Nattawun Natália Natálie Naud Naum Naveen Navin Navodnenka
Navraj Nawal Nayara Nayaret Nayareth Naycho Nayda Nayeli Nayfa Nayibe Nayil Nayo Naz Nazar Nazaret Nazario
Nazende Nazim Nazimet Nazir Nazlihan Nazlim Nazmi Naël Naïm Ndegwa Nderitu Ndirangu Nduku Ndumiso Ndung'u
Ndunge Ndungu Nduta Nea Nebih Nebiha Nebojsa Necati Necdat Nechifor Necilal Necmettin Necva Nedas Nedda
Nedelcho Nedelin Nedelyana Nedislav Nedjma Nedko Nedo Nedyalko Nedyu Neel Neelima Neema Nefaret Nefiye Neftalí
Negoslav Negrita Nehemiah Nehip Neider Neja Nejc Nejdet Nekesa Nel Nela Nelah Nelcho Nelcy Nele Nelima Nelio
Nelko Nelli Nelsy Nelu Nemanja Nenad Nencho Nene Nenko Nensislav Neo Neokli Neolina Neptün Nerea Neres Neriban
Nerijus Nerim Neringa Nermin Nesfe Neshka Nesip Neslinur Nesrine Nete Netra Neval Neven Nevena Nevenka Nevenko
Nevgin Neviliyan Nevin Nevio Nevise Nevsal Nevsale Nevyan Neycho Neyka Neyko Neyran Nezengül Nezihi Nezize
Ng'ang'a Ngamia Nganga Ngari Ngeni Ngigi Ngugi Nhlanhla Niara Nibaldo Nibha Nicanor Nicat Niccolò Nichakarn
Nichifor Nicholus Nicklas Nickson Niclas Nico Nicodemo Nicodemus Nicodim Nicolae Nicolai Nicolaie Nicolaj
Nicolaus Nicoleta Nicoletta Nicoline Nicolás Nicolò Nicu Niculina Nidhi Nidra Niek Nienke Nifont Nigar Nigesa
Nigrita Nihad Nihai Nihal Nihan Niharika Niilo Niina Nik Nika Nikandr Nikanor Nikhil Nikhila Nikifor Niklas
Niklaus Niko Nikodem Nikodim Nikoela Nikola Nikolaj Nikolajs Nikolaos Nikolas Nikolaus Nikolay Nikolett
Nikoletta Nikolina Nikon Niks Niksha Nilam Nilcan Nilesh Nili Nilima Nilo Nilson Nilu Nilufar Nima Nimakoah
Nimesh Nimmi Nimrat Ninel Ninetta Ninioluwa Nino Ninoska Ninthe Nionila Nira Niracha Niraj Nirav Nirbhay
Nirgül Nirja Nirmal Nirmesh Niroj Niru Nisa Nishrat Nitara Nitesh Nity Nives Nixon Niyaga Niyaz Niyazi
Niyilolawa Njabulo Njagi Njenga Njeri Njeru Njiru Njogu Njoki Njoroge Njozi Njue Njuguna Nkazimulo Nkiruka
Nnamdi Nneka Noa Noam Nobantu Nobuhle Noemí Nohora Nojus Nokulunga Nolberto Nomagugu Nomalanga Noman Nomasonto
Nomathalente Nomathemba Nomcebo Nomthandazo Nomusa Nomvula Nonhlanhla Nonjabulo Nonna Nonso Noor Noora Noortje
Noppakao Norbey Nore Norica Norina Norka Normunds Notburga Nothando Noud Nour Nout Novi Novruz Noxolo
Nozibusiso Nozima Nozizwe Noé Noémi Noémie Noël Noëlla Noëlle Noëmi Nqobizitha Nrima Ntimi Nugraha Nuhu Nula
Nuno Nura Nural Nuran Nuray Nurbanu Nurcan Nurda Nurdeniz Nureta Nuretdin Nurettin Nurey Nurgil Nurhayet Nuri
Nuria Nuriat Nuriya Nuriyet Nurkan Nurlan Nurlana Nurmelek Nurmuhammad Nurseda Nurser Nursim Nurtaç Nurten
Nuru Nurul Nurulla Nurullah Nurveren Nury Nutcha Nutkrita Nutwadee Nuyan Nwabudike Nyaboke Nyaga Nyakundi
Nyamai Nyambura Nyana Nyanchama Nyasi Nyawira Nynke Nyoka Nyoman Nyongesa Nyoni Nyota Nyuki Nzioka Nzomo Nádia
Nándor Nélida Néstor Nóra Núria Nübar Nüdret Nürice Oana Oba Obaid Obed Obianuju Obinna Obirdar Obretim Ocampo
Ochieng Octav Octavian Octaviana Octaviu Océane Odalis Odalys Odarka Odd Odeline Odhiambo Odika Odile Odina
Odongo Oduor Oeshi Ofeliya Oganer Ogechi Ogin Ognemir Ognen Ognena Ogooluwa Oiva Ojas Ojasvi Okanay Okbay Oke
Okean Okechukwu Okello Okgüçlü Okhanes Okhrim Okoth Oksana Okseniya Okseven Okta Oktaviya Okto Oktyabrina
Okumu Okyalaz Ola Oladare Oladimeji Olajumoke Olakunle Olalla Olanrewaju Olansile Olasunmbo Olav Olavi Olca
Oldrich Ole Olegario Olek Oleksa Olena Oles Olfert Olgierd Olimpi Olimpiada Olimpian Olimpiu Olimpiy Olimpy
Olivera Olivie Olivija Oliviu Olivér Oliwer Oliwier Olle Olli Olof Ololade Oloo Olov Oluchi Olufunke
Olufunmilayo Olumorotimi Oluoch Oluwafemi Oluwagbemiga Oluwakemi Oluwamumibori Oluwamuyiwa Oluwasanmi
Oluwasegun Oluwole Olwethu Olívia Omaca Omair Omaira Omaja Omana Omari Omeir Omelyan Omina Omisha Omkaar
Omobobola Omobolanle Omodunni Omolabake Omolara Omondi Omosalewa Omotara Omotayo Omotola Omotoun Omowumi Omran
Omurtag Omya Onat Oncho Ondieki Ondrej Onesmus Ongay Oni Onik Onisim Onkar Onni Onofre Onufri Onufriy Onufry
Onuker Onur Onurcan Onursu Onveer Onyango Onyinye Oona Opan Opanas Ophélie Opiyo Opung Opwonya Oqtay Orazio
Orduxan Oreofe Orest Orestas Oreste Orfei Orfelina Orfey Orgün Orhan Oriana Orina Orinder Orisya Orkhidei
Orkhidey Orkhideya Orkhip Orleana Orlin Ornella Orsolya Ortak Ortansa Ortodoksi Ortrud Ortrun Ortse Ortwin
Oruç Orvokki Orxan Orçin Osamu Osha Osip Osiyo Oskar Oskari Oskars Oskár Osman Osmo Osogo Ossama Ossi Ossian
Ostap Ostromir Osunleke Osvald Osvalds Oswald Oswin Otabek Otakar Otay Otfried Othmar Otieno Otmar Oto Ottavio
Ottfried Ottilia Ottilie Ottmar Ottokar Ottomar Ottone Ottó Otávio Otília Otýlie Ouanes Ouma Oussama Outi
Ovanes Ove Ovidio Ovidiu Oviya Owais Owethu Owino Owuor Oxana Oyenike Oyindasola Oymak Oysha Ozana Ozansü
Ozioma Ozy Paavo Pabla Paca Pacho Pachongruk Paco Pacífica Pada Padam Padm Padma Padmavti Padmi Padmini Pahal
Paiman Paisi Paisiy Paisy Pak Paker Pakhom Pakjira Pako Paksu Palisa Pallav Pallavi Palle Palmi Palmiro Paloma
Palomina Palvira Pambe Pamfil Panagachie Panai Panait Panas Panay Panayot Panca Panch Pancho Panda Pande
Pandelis Pandu Pane Panfil Panfilo Pangeran Pangestu Panini Panji Pankaj Pankrat Pankrati Pankratiy Pankraty
Pankrtiyyan Pankrác Pannawich Pano Pantalei Pantaley Pantelei Panteley Panteleymon Pantera Panto Pantyu Panya
Paoletta Paolina Parakhod Paramita Paramon Paras Paraschiva Parashkev Parashkevan Parashkevitsa Paraskev Pardi
Parfen Paride Parin Parla Parman Parmen Parsa Parth Parunka Parush Parvati Parvez Parvin Pasang Pascal Pascale
Pascaline Pascual Pascuala Pasi Paskalia Pasko Paspanakhil Pasqual Pastora Patchaploy Patcharaporn Pato Patric
Patricie Patricija Patricio Patrik Patriotka Patrizia Patrizio Patryk Patrícia Patsa Patso Pattamon Pattapon
Pattatomporn Paul-Gerhard Paul-Heinz Paule Pauli Paulica Paulien Pauliina Paulin Paulino Paulius Pauls Paulína
Paun Pavan Pavani Pavao Pavel Pavelin Paviliya Pavitra Pavko Pavla Pavlik Pavlin Pavlina Pavlincho Pavlo
Pavlomir Pavlína Pavol Paw Pawan Pawel Paye Peder Peem Peer Peeter Pehlil Pekka Pekkan Peko Pelageya Pelai
Pelaji Pelay Pelayo Pele Pelina Pelle Pellegrino Pembesin Penchin Pencho Penina Peninah Penjila Penko Peno
Pentti Penyu Peo Pepe Pepelota Pepijn Pepino Pepislav Pepita Pepito Pepo Per-Erik Per-Olof Percho Peren
Periana Perikl Perinur Peris Perkasa Perlita Permun Pernilla Pernille Pero Perrine Persiana Persiyan Pertti
Peruna Pervaiz Pesent Peshka Petar Peter-Michael Peterson Petikongres Petinka Petkan Petko Peto Petr Petraki
Petrana Petras Petre Petri Petrinel Petriyka Petromil Petromira Petrona Petronela Petros Petrozar Petru Petrus
Petrushka Petter Peychin Peycho Peyko Peyo Peyodon Peyolina Peytan Phanice Phanindr Phaujiya Phelix
Phenphitcha Phileine Philemon Philipp Philippa Philippe Philis Phineas Phubes Phulavti Phumini Pien Pier
Pierangelo Piergiorgio Piergiuseppe Pierina Pierluigi Piermaria Piero Pierpaolo Pierre-Yves Pierrette
Piersanti Piet Pieter-Jan Pietra Pietro Piia Pijus Pili Pilip Pim Pimen Pina Pintusorn Pinu Piotr Pippa
Pirahmet Piran Piret Pirjo Pirkko Pirmin Piroska Pitambar Pitipat Pius Plamena Platon Pleun Plinio Plodovitka
Plácido Pol Polad Poleksina Polikarp Polin Polina Polona Polonca Pompeo Pompilia Pompiliu Pomponio Poncio
Pontus Popobawa Porfiri Porfiriy Porfiry Pornchanok Potap Poul Povilas Praba Prabawa Prabhakar Prabhat Prabhu
Prabodh Prabu Pradip Pradmumn Prajit Prajna Prajnan Prajval Prakas Prakosa Pralhad Prames Prameshvar Pramila
Pramod Pranata Pranav Pranawa Pranay Praneel Pranit Praphull Prasad Prasang Prasann Prasetya Prasetyo Prashann
Prashant Praskovya Pratap Pratibha Pratima Pratisra Pratiti Pratyush Pravda Pravesh Pravin Pravina Pravoslav
Prayitna Prayoga Prayogo Preben Predrag Prem Prema Prerna Presa Priit Prima Primitiva Primitivo Prina Prisca
Priscah Priscillah Prisha Priska Priti Priya Profira Prokhir Prokhor Prokl Prokofi Prokofiy Prokofy Prokop
Proletina Prostisveta Prov Prudencia Prudencio Prvoletka Puccio Puck Puja Pujan Puji Puk Pulkit Pumbaa Pun
Puntira Pupi Puput Purificación Purity Purn Purnabhakt Purnamaya Purnima Purushottam Purwa Purwadi Purwanto
Pushp Pushpa Pushsha Pushti Puspa Puti Putri Putu Pál Pánfilo Päivi Päivikki Pär Pål Pénélope Péter Pía Pío
Pünhan Pürçek Qaadir Qaasim Qabeel Qabil Qadar Qadeer Qadi Qadim Qadir Qahtan Qaim Qais Qalib Qamar Qani Qanit
Qaratel Qareeb Qarin Qaseem Qasid Qasif Qasim Qatadah Qawee Qay-yoom Qays Qiyas Qori Quadir Qudamah Quddoos
Qudoos Quinten Quinter Quinty Quique Quirino Qulam Qulu Qumru Qurban Qusay Qushi Qutaybah Qutb Qutub Raaghib
Raagini Raahil Raakin Raamis Raamiz Raashid Raatib Rabah Rabar Rabb Rabbaanee Rabbani Rabbiye Rabea Rabecca
Rabee Rabi Rabiah Rabih Rabina Rabit Racha Rachana Rachid Rachida Rachit Rachita Rachko Rachna Racho Rada
Radek Radeke Raden Radha Radhee Radhika Radi Radia Radika Radim Radimira Radislav Radit Raditya Radka Radmila
Rado Radomír Radoslav Radoslava Radostka Radosveta Radovan Radovana Radu Radúz Raed Raees Rael Raf Rafa
Rafaella Rafail Rafan Rafay Rafaél Rafaël Rafee Rafeek Rafeeq Raffael Raffaela Raffaele Raffaella Raffaellino
Raffaello Rafi Rafia Rafid Rafih Rafila Rafiq Raghav Ragheb Raghib Raghu Ragna Ragnar Ragner Ragnhild Rahab
Raharja Rahat Rahayu Raheel Raheem Rahel Rahiye Rahma Rahman Rahmat Rahmet Rahmi Raihan Raija Raik Raili Raimo
Raimondo Raimonds Raimund Raimundo Rainer Rainka Raissa Raivis Raivo Rajab Rajan Rajat Rajata Rajendr Rajeshri
Rajita Rajko Rajkumar Rajlakshmi Rajni Rajnikant Raju Rajy Rajyalakshmi Rakide Rakila Raksha Ralf-Dieter
Ralf-Peter Raluca Ram Ramadan Ramadhan Raman Ramashran Ramazan Ramchandr Ramid Ramil Ramila Ramina Raminta
Ramita Ramiz Ramjan Ramkrishn Ramzi Ramón Ranbir Rancho Randolf Randyu Rangel Rangga Ranieri Ranjana Ranjit
Ranjita Ranveer Raoul Raphaela Raphaël Rasa Rasate Rashid Rashidi Rashko Rashmi Rasho Rasim Rasma Rasmus
Rastislav Rasul Ratchanon Rati Ratibor Ratih Ratmir Ratn Ratna Ratnam Raunak Rauno Ravan Ravin Ravina Ravindr
Ravishri Ravy Rayaan Rayan Rayana Rayhona Rayla Raymund Raynichka Rayu Rayyona Rayén Razi Rcho Rean Rebeka
Rebekka Rebihat Recepali Reet Refet Refik Regitse Regitze Regula Regína Rehaan Rehema Rehime Rei Reidun Reijo
Reimar Reimer Reimund Rein Reinald Reine Reinel Reiner Reingard Reinhard Reinhardt Reinhart Reinhild Reinhilde
Reinhold Reinis Reino Rekha Reksa Relu Rem Remazan Rembrandt Remi Remigio Remo Remus Remy Remzi Renaat Renan
Renaud Rendy Rengiya Rengül Reni Rens Renske Renu Renuka Renzo Renáta Renée Reshmi Reshoni Resi Respati Restu
Resulcan Reto Revka Revti Revza Rexhep Reyansh Reyhan Rezin Rezzak Rhavi Riad Riana Rica Riccardo Ricciotti
Richardt Richerd Richárd Rickard Rida Ridhi Ridwan Rigmor Rigo Rihards Riikka Riina Riitta Rik Rika Rikard
Rikke Riku Rim Rimma Rinaldo Rini Rino Rinor Ris Risalet Risasi Rishikes Rishu Risper Risto Ristya Ritika Ritt
Ritu Ritva Riya Riyad Riza Riziki Rizki Rizvan Rjendr Rnest Roan Robbe Robertas Robertina Roberts Robinson
Robiya Robrt Rochdi Rochus Rocío Rodah Rodan Roderich Rodgers Rodica Rodion Rodolphe Rodrigue Roel Roeland
Rogelina Rogena Rohaan Rohan Rohat Rohini Rohit Rohna Rojin Rojina Rojnu Rojus Rok Rokas Roko Roksan Roksana
Roksolana Rolandas Rolands Roldán Rolf-Dieter Rolf-Peter Romain Romane Romel Romelina Romen Romendr Romil
Romina Romoleta Romolo Romuald Romualdas Romul Romulus Romy Román Roméo Ronal Ronaldo Ronith Ronja Ronke Rono
Rony Ronya Roope Roos Roosa Roque Rosa-Maria Rosalinde Rosalía Rosamel Rose-Marie Rosel Roselina Roselinde
Roselyne Rosen Rosenka Rosi Rosimir Rosislava Roska Rosko Rosl Rosman Rosmarie Rostiana Rostimir Rostislav
Rostislava Roswita Roswitha Rotich Rotraud Rotraut Rouven Rowan Roxelana Royo Roza Rozalia Rozalija Rozalin
Rozaliya Rozana Rozeta Rozin Roziya Rozka Rozotsvet Rozália Rua Rubani Rubiela Rubén Rudecindo Rudi Rudr Rudra
Ruedi Rufino Ruggero Ruggiero Ruhide Ruhiu Ruhsat Ruhshona Ruhugül Rui Ruin Ruja Rukia Rukmini Rumaysa Rumeysa
Rumislava Rune Rungo Rupa Ruperta Ruperto Rupesh Rupindr Ruqayya Ruqiya Rusaliya Rushil Ruska Ruslan Rusman
Rusul Rut Ruta Rute Ruthild Ruvina Ruwaihim Ruxanda Ruxandra Ruy Ruzhka Ruzica Rym Ryma Ryohei Ryosuke Ryszard
Rytis Ryurik Rza Régine Régis Régulo Réka Rémi Rémy Róbert Rómulo Róza Rózsa Röya Röyal Rúben Rübeyda Rüdiger
Rüknettin Rümeysa S'fiso Saabir Saadat Saadiq Saafir Saahir Saaiq Saajid Saal Saalih Saalim Saanvi Saaqib Saar
Saara Saariyah Saba Sabahat Saban Sabar Sabari Sabas Sabatino Sabbir Sabeeh Sabih Sabihe Sabil Sabin Sabiq
Sabir Sabnam Saboor Sabri Sabur Saburah Sabína Sachi Sachin Sachita Sadaka Sadan Sadao Sadaqat Sadat Saddam
Sadeed Sadeti Sadia Sadik Sadiki Sadina Sadiq Sadittin Sadiye Safet Safia Safina Safinaz Safiri Safiya Safta
Safura Sagar Sagun Sahil Sahin Sahir Sahra Sai Saibi Saida Saidi Saiful Saim Saimu Sair Sairah Saire Sajan
Sajendr Sajna Saka Sakari Sakhoriya Sakina Sakip Saksham Sakti Sakura Salah Salami Salbhiya Saleh Salih Salim
Salima Salimah Salimet Salma Salohiddin Salomea Salomey Salomé Salomón Salsabila Salud Salurbay Salvi Salwa
Samahat Samaksh Samama Samandar Samanta Samar Samarth Samesh Sami Samiah Samina Samir Samiya Samo Sampada
Sampurn Samson Samsul Samu Samuele Samuil Samuli Samundr Samurtay Samuël Samwel Samweli Samy Sanavber Sanaya
Sancak Sancho Sandalio Sander Sandile Sandip Sandis Sandor Sandrine Sandro Sandu Sanela Sangita Sani Sanije
Sanita Sanja Sanjar Sanjib Sanjit Sanjiv Sanjna Sanka Sankar Sannani Sanne Sanni Sante Santeri Santino Santosh
Sanu Sanur Sanya Sançar Saood Sapa Saphalta Saphraj Sapna Sarabi Sarafina Saral Sarasvati Saraya Sardor Sarika
Sarla Sarmila Saroj Saroja Sarthak Sarunporn Sarvan Sarvar Sarvesh Sarvinoz Sarya Sasa Sascha Saskia Sathvik
Sati Satish Satomi Satrettin Satu Saturnino Saty Satyavrata Saulius Saumu Saumya Saurab Saurabh Sauti Sava
Savak Saveli Saveliy Savely Saverio Saveta Savina Savita Savitri Savni Savva Savvati Savvatiy Savvaty Saydam
Sayin Sayrak Sayuri Saïd Saúl Scarleth Scarlette Sebakhtin Sebastiaan Sebastiano Sebastien Sebastijan
Sebastián Sebastião Sebastjan Sebattin Sebigül Seblâ Seda Sedat Sedef Sedefcho Sedife Sefer Segilola
Segismundo Segundo Seha Sehel Seif Seija Sejda Sekhar Selaheddin Selatin Selcan Selcen Selen Seler Selim
Selime Selin Seline Selivan Seliverst Selmin Selvi Selâtin Selçuk Sem Semat Semen Semenarka Semender Semenica
Semine Semir Semra Semrin Senad Sencar Seniha Senko Senn Senna Senne Senol Senta Sepp Seppe Seppo Septi
Seracettin Serafim Serafín Serah Seraina Serda Sereina Serezli Serfinaz Serge Sergej Sergelinka Sergi Sergiu
Sergius Sergiy Sergy Serhatmehmet Serine Serkan Serma Sernur Serol Serpil Servinaz Servác Seslav Sessa Setya
Sevan Sevar Sevara Sevastin Sevastyan Sevcan Sevda Sevdalin Sevdan Sevdelina Sevdi Sevdinar Seve Sevelin Sever
Severiano Severin Severina Severino Severo Severín Seveta Sevgen Sevginur Sevican Sevil Sevim Sevinc Sevinch
Sevindik Sevla Sevsevil Seydo Seye Seyfulla Seyfullah Seyhan Seyithan Seymur Seyran Seyyide Sezal Sezen Seçgül
Seçme Shaban Shachindr Shadrack Shahid Shahina Shahnoza Shahriyor Shahzod Shahzoda Shailendr Shailes Shakila
Shakti Shakuntala Shamsuddeen Shania Shankar Shanko Shanou Shant Shantnu Sharm Sharmila Sharo Shaurya Shchedra
Shchedrin Shchedyu Shchefaniya Shcheki Shcheno Shchenyu Shcheriana Shcherion Shcheriyan Shcherko Shchero
Shcheryu Shchiliyan Shchilyan Shchilyanka Shchiryan Shchono Shchrban Shchrkan Shchtilka Shchtrban Shchtrkan
Shchurk Shehu Sheilla Sheillah Shekhar Shekherezada Sheki Shekoni Shelendr Shem Shenko Shenol Shesh Sheyna
Shibil Shida Shider Shikha Shilpa Shilu Shinka Shinko Shino Shipchan Shirko Shishman Shiv Shivali Shivani
Shivansh Shkodri Shmilo Shmulyu Shobha Shohei Shohjahon Shohrux Shota Shpilko Shpresa Shqipe Shraddha Shravya
Shreshth Shreyas Shreyshi Shrijang Shrimti Shriprapti Shripti Shrivats Shriya Shrrishti Shruti Shubhechchha
Shukr Shukrona Shushant Shushil Shushila Shusho Shusila Shveta Shyam Shyama Shyamal Shyamla Shyamraj Sibel
Sibila Sibilla Sibille Sibonelo Sibongile Sibusisiwe Sibusiso Sibylla Sibylle Sidar Siddharth Siddhi Sider
Sidiq Sidki Sidonia Sidoniya Sidor Sidónia Siebe Siegbert Siegfried Sieghard Sieglinde Siegmar Siegmund
Siegrid Siegried Siegrun Siegward Siem Sien Siena Sienna Sifa Sifonya Sifuna Sigfrid Sigfrido Sigfried Sigge
Sigismund Sigita Sigizmund Siglinde Sigmund Sigrun Sigurd Sigvard Sihawukele Siim Siiri Sijuade Sikandar Siku
Sil Sila Silagi Silan Silanti Silantiy Silanty Silanur Silja Silje Silke Sille Silondile Silvan Silvano
Silvester Silvestr Silvestre Silvestro Silvi Silvian Silviana Silvie Silvija Silviu Silviyan Silvo Silyan
Silyana Simas Simber Simen Simeon Simi Similoluwa Simina Simion Simisola Simiyu Simo Simonas Simonetta
Simphiwe Simten Simão Simón Sinaida Sinan Sindre Sine Sini Sinikka Sinisa Sinklitikiya Sintija Sintiya Siper
Siphesihle Sirac Sirap Siri Sirje Sirkka Sirman Siro Sirpa Siru Siska Sisko Sisoya Sissel Sitara Sitaram
Sithembiso Siti Sitiwat Sittik Sittikorn Siv Sivert Sivi Sixten Sixto Siya Siyabonga Sjoerd Skakalka Skender
Skolastika Skorbut Sladjana Sladoledka Slamet Slav Slavdo Slaven Slaveya Slaveyko Slavi Slavica Slavil Slavisa
Slavka Slavko Slavomír Slavomíra Slawomir Slobodan Sláva Slávka Smaranda Smekhoterapiya Smirna Smita Sneha
Sneider Snezana Snezhinka Snizhana Sofi Sofiane Sofie Sofija Sofiya Sofiyka Sofon Sofron Sofía Sohel Sokrat
Soleh Soliha Soline Solma Solmaz Solomiya Solveig Solvej Solvita Solène Som Somadina Somtochukwu Sonad Sonal
Sonata Sondre Songurkan Songül Soni Sonnur Sonu Sophie-Marie Sophy Soraia Sorana Sorawut Sorin Sorina Sosimo
Sotaro Souad Soufiane Souma Soumia Sowande Soydaner Soykan Soykut Soyselçuk Spartak Spas Spasena Spasiyana
Sphiwe Spirela Spiridon Srijan Srijna Srmenka Staffan Stamatka Stana Stanca Stancu Staniela Stanimir
Stanimirka Stanislaus Stanislav Stanislava Stanislaw Stanka Stanko Stasha Stavisara Stavros Steen Stef Stefaan
Stefano Steffen Steffi Stein Steinar Stela Stelian Steliana Stelina Stellah Stellan Sten Stepan Stephene
Sterre Steyana Stian Stien Stig Stijn Stilla Stina Stine Stiven Stjepan Stoimena Stojan Stoletka Stoyan
Stoyanka Sture Stéphan Stéphane Stéphanie Suat Subhadra Subhash Subomi Subutiye Suci Sudarshan Sudarshana
Sudha Sudhir Sudi Sudiksha Suhani Sujan Sukriti Sulbha Suleiman Sulhi Sultane Sumaiya Suman Sumantr Sumayya
Sumitra Sumna Sumti Sunam Sunay Sune Sunel Sungara Suniti Supasit Supasita Suphi Suprabha Suraj Suren Surendr
Surendra Suruchi Sury Surya Susam Susanita Suse Sushant Sushil Sushila Sushma Susi Susila Sussanne Sussie Suus
Suvakit Suvarn Suvarna Suvi Suvodh Suwijuk Suzana Suze Svagat Svante Svapan Svapnil Svarn Svati Svatopluk
Svatoslav Svea Svechchha Svein Sven-Erik Sven-Olof Svenja Svenning Sverre Svestina Svetla Svetlomir Svetlomira
Svetlyu Svetoslav Svetozar Svetozár Svezha Svidna Svikriti Svitlana Svobodka Svyatopolk Svyatoslav Svyatoslava
Svätopluk Swala Swaleh Swantje Swen Swetlana Syahrini Sybilla Sybille Sylivia Sylke Sylvain Sylvana Sylviane
Sylvianne Sylvio Sylwia Synnøve Sys Szabolcs Szilveszter Szilvia Szilárd Szymon Sándor Sára Sânziana Sébastien
Sérgio Séverine Sónia Sökmen Sönke Sören Söyler Sözer Sørine Søs Sübhan Sücaettin Süha Süheyda Sükrü Süleyla
Süleyman Sümerya Sümeyye Süner Süsen Süvari Süzer Ta-tanisha Taahaa Taahir Taaj Taalib Taamir Taanish Taariq
Taban Tabassum Tabea Tabish Tabita Taciddin Tadas Tade Tadeen Tadej Tadeja Tadeo Tadeusz Tafazal Tagangül Tage
Taha Tahaw-wur Tahawwur Taheem Tahir Tahmaseb Tahmeed Tahmid Tahoor Tahseen Taial Taichi Taimur Taisir Taisiya
Taisto Taj Taja Tajammal Tajammul Tajudinn Tajus Takatifu Takuma Talal Talat Talayer Talha Talhah Tali Talib
Talibe Tamam Tamanna Tambika Tamilla Tamu Tamás Tan Tanak Tanay Tanbay Taneli Tanguy Tangül Tanhan Tanimu
Tanish Taniya Tanmayi Tanses Tansev Tantri Tanveer Tanvi Tanyolaç Tanyu Tapani Tapio Tarak Taras Tarfaan Tarik
Tariyel Tarja Tarmo Taru Tarzícius Tasdik Tashimira Tasi Tasnim Tassilo Tasvir Taswir Tatjana Tatu Taufan
Taufik Tauno Tautvydas Tawkeel Taygan Taylak Tayyibe Taçnur Tea Teber Tecimer Tecla Tedi Teea Teemu Teerth
Teetat Teguh Teija Teja Tejas Tejashvi Tejasvi Tejs Tek Tekbay Tekecan Tekiner Tekla Teknaz Teksoy Telefonka
Telemaco Telim Tellervo Telman Telmo Telse Temidayo Temime Temir Temira Temirhan Temistocle Temizkal Temuçin
Tenis Tenvir Teo Teobaldo Teodor Teodors Teodosi Teodosia Teodosio Teodosiy Teodoslav Teodostin Teodosy Teofan
Teofil Teohari Teokhar Teona Tercan Tere Terenti Terentiy Terenty Teresiah Tereza Terezija Terhi Terje Terlan
Tero Terttu Tervel Teréz Terézia Tesa Tetyana Teun Teuta Teuvo Tevs Teybet Teymur Teymuraz Teymurçin Tezcan
Tezol Teófila Teófilo Thabani Thabisa Thabisile Thabiti Thaddäus Thalente Thales Thanatcha Thandazile Thandeka
Thandiwe Thando Thekla Thembeka Thembekile Thembile Thembisile Theobald Theodoor Theodor Theodoro Theodoros
Theophil Theres Therése Thiago Thiare Thibaud Thibault Thibaut Thibo Thies Thijmen Thijn Thijs Thilo
Thinhinane Thinle Thokel Thom Thomás Thor Thoralf Thorben Thore Thorsten Thuo Thure Thuthukile Théa Théo
Théodore Théophile Thérèse Tiago Tiare Tibe Tiberia Tiberiu Tibo Tibor Tiburcio Ticen Tichomír Tigroni Tiia
Tiina Tiit Tiiu Tijl Tijmen Tijn Tijs Tika Tikha Tikho Tikhol Tikhomir Tikhon Til Tilde Tilen Tiliana Tillmann
Tilly Tilman Tilmann Tilo Timbul Timcho Timea Timm Timo Timofei Timofey Timofi Timofiy Timofy Timon Timotei
Timotej Timoteo Timotey Timothée Timur Timéo Tinca Tincho Tindra Tine Tineke Tinne Tino Tira Tirdad Tirta
Tirtayasa Tirth Tirza Tishk Tisho Tit Titas Titi Titilayo Titin Tito Tivadar Tiziana Tiziano Toaneta Tobiasz
Tode Todomirka Todor Todoraki Todorin Todorina Todsawun Tofiq Toivo Toker Toki Tokimir Tokunbo Toköz Tola
Tolaram Tolek Toliana Tolonbay Tolulope Toluwanimi Tolyu Toma Tomasz Tomen Tominka Tomislav Tommaso Tommi Tomo
Tomori Tomoya Tomris Toms Tomurcuk Tomàs Tomás Tomé Toncho Tonguç Tonimir Tonino Tonislav Tonitsveta Tonje
Tonko Tonny Toomas Toon Topalko Topias Topla Topolko Topuz Tor Toralf Toran Torben Torbjörn Torbjørn Tord
Torgny Torhan Toribio Torill Torquato Torsten Toshka Toska Totko Toto Totso Totyu Tove Tovuz Toño Traian
Traude Traudel Traudl Traugott Traute Trendafila Tri Trifon Trifonka Triin Trine Trini Tripti Triratn Trishna
Tristán Triveni Triya Troels Trofim Trokhim Trond Trosha Trpka Trude Trudel Trufana Tránsito Tsaneta Tsarevna
Tsetsa Tski Tsocho Tsola Tsonya Tsonyu Tsotso Tsubasa Tsuma Tsvetana Tsvetelina Tsvetilena Tsvetlina
Tsvetoliliya Tsvetyana Tuana Tudor Tudora Tudosia Tuere Tufani Tufka Tugiman Tuija Tukufu Tule Tulia Tulio
Tullio Tulun Tunahan Tunar Tunchanok Tunguç Tunradee Tuomas Tuomo Turabi Tural Turan Turcein Ture Turgut Turid
Turvi Turxan Tutkucan Tutkun Tutu Tuukka Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tverdislav Tvorimir Twan Tycho
Tygo Tymon Tymoteusz Tânia Téo Tímea Tõnu Törel Tükelalp Tülay Tülin Tümer Tümkurt Tünde Türabi Türcan Türkalp
Türkan Türkmen Türknur Tüzeer Tüzenur Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubay Ubayd Ubaydullah Uberlinda
Uberto Ubika Ucchal Uche Uchenna Uchita Uda Udant Udarsh Udeera Udo Udyati Ueli Uffe Ufukay Ugo Ugolino Uhban
Ujamaa Ujjval Ujunwa Ulakbey Uldis Ulduz Ulfat Uli Uliana Ulises Ulla Ulla-Britt Ullrich Ulrica Ulrich Ulrik
Ulrika Ulu Uluman Ulutay Ulva Ulya Ulyan Ulyana Uma Umaarah Umair Umande Umang Umar Umay Umaya Umberto Umesh
Umi Ummahani Umman Ummed Umoja Umut Umutcan Undine Unggul Unjani Unnati Unni Uno Uolevi Upadhriti Upasna Upik
Upkaar Upma Uraltay Urbain Urbano Urfan Urhan Uriel Urima Urishilla Urmas Urmi Urmila Urrab Urs Ursel Ursina
Urszula Urte Urvashi Urvi Uschi Ushan Ushindi Usiku Usman Usmon Ustim Ustin Usyi Uta Utama Utkarsh Utkucan
Uttam Uttara Utz Uyanser Uygun Uzbay Uzima Uzsoy Uçan Uçbeyi Vacibe Vadim Vafir Vagn Vahar Vahid Vahittin
Vaida Vaidas Vaishali Vaishnavi Vajèn Vaklina Vakris Valary Valborg Valdemar Valdis Valeh Valentijn Valentim
Valentino Valentín Valentína Valerij Valerija Valerio Valeriu Valeriy Valeriya Valero Valeryan Valeska Valija
Vallary Valon Valter Valtteri Valya Valère Valér Valéria Valérie Vamakshi Vandini Vangeliya Vanja Vansha
Vanukhi Vanya Varenya Varfolomei Varfolomey Varfolomi Varfolomiy Varfolomy Varlaam Varsha Varta Varvara Vasana
Vasant Vasanta Vasatika Vasco Vasenka Vashilya Vasif Vasil Vasile Vasili Vasilica Vasilina Vasilisa Vasiliy
Vasily Vasishth Vaska Vassilios Vasudha Vasyl Vatslav Vavi Vavrinec Vaysal Vazeh Vechko Vecide Vedant Vedat
Vedhika Vedika Vedran Veer Veera Veerle Veeti Vefia Vega Vegard Veijo Veikko Veis Veit Veli Veliana Velimir
Velinna Velitdin Veliyanka Vello Velta Venancio Venceslás Venchislava Venda Vendela Vendelín Vendula Venedikt
Venera Veneranda Venetsiya Veniamin Venislava Veniyamin Venla Verde Verim Verislava Verner Verneri Vero
Veronicah Verónica Vesa Veselin Veselinka Vesislav Vesna Veso Vespasiyan Vetko Vetsa Vezat Vezhda Vezrife
Vibha Vic Vicho Victoire Victoriano Victorino Victória Vid Vidadi Vidal Vidar Vide Videlin Viden Vidhi Vidhya
Vidhyaman Vidima Vidin Vidoslav Vidya Vidyu Viera Vieroslava Viesturs Vigalot Viggo Vigilija Vigo Vihaan Viivi
Vija Vijesh Vijya Vikas Vikenti Vikentiy Vikenty Vikhr Vikhren Vikhroni Viking Viktoria Viktorie Viktorija
Viktorin Viktoriya Viktors Viktória Vildane Vilde Vilgot Vilhelm Vilhelmiina Vilhelmina Vilho Viliam Vilian
Vilis Vilislav Vilius Viliya Viliyan Vilizar Vilizara Viljami Viljem Viljo Vilkhema Villads Ville Vilmer
Vilmos Vilnis Vilém Vimal Viman Vimla Vinay Vinaya Vinayak Vincenc Vincentio Vinchentso Vinciane Vineta Vinetu
Vinicio Vinicius Vinil Vinko Vino Vinod Vinsen Vinsnt Vinzenz Vinícius Violetta Violin Viorel Viorela Viorica
Vipin Vipul Vira Viraj Virbhadr Virendr Virginie Viridiana Virman Virpi Virzhiniya Virág Visar Visarion Visha
Vishal Vishetin Vishka Vishnyu Vishv Visitación Vissarion Visvaldis Vitalija Vitalis Vitaly Vitko Vitlyan
Vitomir Vitomira Vitor Vitosh Vittoria Vitus Vitória Vivaan Viveka Vivi Viviane Vivianne Vjekoslav Vjollca
Vlad Vladilen Vladilena Vladimer Vladimír Vladimíra Vladislav Vladislavs Vladlen Vladlena Vlado Vlaicu Vlas
Vlasta Vlastimil Vlo Vlora Voditsa Voicu Vojtech Volkan Volkhard Volkmar Volodimir Volodimira Voynka Vratislav
Vratko Vrbunka Vreneli Vrinda Vrishti Vritti Vsemil Vseslav Vsevolod Vtsa Vula Vuokko Vushkar Vusumuzi
Vyacheslav Vyanjana Vysheslav Vytautas Vzkreseniya Václav Vâlâ Väinö Véronique Víctor Vít Vítor Vüqar Vüsal
Waahid Waail Waajid Waceera Wachira Wadee Wadi Wadood Wafa Wafae Wafeeq Wafi Wafiq Wafula Wahab Wahb Wahban
Waheed Wahhaab Wahhaaj Wahyu Waida Wainaina Wairimu Wakeeta Wakiman Walburga Waldemar Waldtraut Walentina
Walfried Walli Walther Waltraut Waltrud Waluyo Wamalwa Wambua Wambugu Wambui Wamwema Wangari Wangila Wangui
Wani Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Warda Wardaya Wardi Warhi Waridi Warinder
Warjas Warji Warre Warsa Warsita Warta Waseme Wasin Wasis Wassaya Wassim Watika Wawan Waweru Wazir Weddy Weena
Wekesa Wenceslao Wenche Wencke Wendelin Wendolin Wenke Wenzel Wera Wesonga Wessel Wibke Widisha Widya Wiebke
Wieland Wieslaw Wigbert Wiktor Wilder Wilfrido Wilfried Wilfriede Wilhelm Wilhelmine Wilhelmus Wille Willfried
Willi Willibald Willibert Wilman Wilmar Wiltrud Wim Winda Winfried Winni Winny Wira Wirda Wishi Wisnu Witold
Wladimir Wojciech Woldemar Wolf-Dieter Wolf-Dietrich Wolf-Rüdiger Wolfhard Wolfram Wout Wouter Wriddhish
Wridesh Wulan Wulf Wuraola Wycliff Wycliffe Wálter Xalak Xalid Xaliq Xamis Xanana Xander Xanlar Xaver Xavi
Ximena Xiti Xobeen Xolid Xosrov Xudaverdi Xudayar Xudu Xumar Xénia Yaa Yaaseen Yablen Yablenka Yachana Yacho
Yacine Yada Yadavi Yadid Yadigar Yafi Yafir Yaghnam Yagnesh Yago Yagoda Yagodin Yahia Yahvi Yahyaa Yahyo Yaiza
Yakim Yakiv Yako Yakob Yakobo Yakoslav Yakov Yakub Yalazabay Yalislava Yam Yaman Yamar Yameen Yamid Yamile
Yamilet Yamin Yamini Yana Yanachko Yanadin Yanaki Yanakin Yanara Yance Yanche Yancho Yane Yanedin Yaneg Yanek
Yanet Yaneth Yani Yanichko Yanick Yaniel Yanik Yanimir Yanina Yanisa Yanislav Yanislaviya Yanka Yanko Yankul
Yann Yannic Yannick Yannik Yannis Yano Yanomil Yantar Yantsislav Yanuari Yanuariy Yanuary Yanush Yaqeen Yaqoot
Yaqub Yar Yara Yarcho Yarema Yarina Yaritza Yarka Yarm Yarno Yaromir Yaropolk Yaroslav Yaroslava Yartse Yaryu
Yasaar Yasan Yaseen Yasemen Yasemin Yasen Yasena Yaser Yash Yashar Yashasvi Yashawini Yashem Yashica Yashka
Yasho Yashoda Yashodhara Yashon Yashvi Yasin Yasina Yasinta Yasir Yasmina Yasmín Yasna Yasser Yassin Yassine
Yasti Yastreb Yasuhiro Yatan Yatana Yathrib Yatin Yatso Yauvani Yavor Yavora Yavuz Yaw Yawar Yawer Yayak Yazan
Yazeed Yazganalp Yazgül Yazmín Yazo Yda Yecid Yedit Yedita Yedryu Yeduard Yedvin Yeferson Yefim Yefimena Yefka
Yefrem Yefrosiniya Yegor Yeimy Yeison Yejide Yekaterina Yekbun Yekda Yekim Yektar Yektor Yel Yeldora Yelean
Yelektron Yelemag Yelenitsa Yelenko Yeleoneta Yeleonora Yelesen Yelfida Yeli Yelian Yelias Yeliezer Yelin
Yelina Yelisa Yelisaveta Yelisei Yelisey Yelisiya Yelitsa Yeliz Yelizabet Yelizar Yelizaveta Yelko Yelma Yelo
Yelvis Yemanoil Yemanuel Yemanuil Yemanuila Yemelyan Yemil Yemilian Yemiliya Yemiliyan Yemma Yemmanuil Yencho
Yendo Yeneral Yeni Yenifer Yenitsa Yenny Yeno Yeny Yenyu Yepelek Yepifan Yerast Yeraz Yeredin Yeremey Yeremiya
Yergana Yergha Yerik Yerika Yerina Yerko Yermil Yermilya Yermolay Yernest Yernst Yerofey Yerol Yersen Yerson
Yertan Yervin Yesen Yesica Yesid Yesoob Yessi Yessica Yestela Yetien Yetunde Yeva Yevangelina Yevdokim
Yevdokiya Yevfrosiniya Yevgen Yevgeniya Yevgraf Yevlampiy Yevpraksiya Yevridika Yevsey Yevstafiy Yevstakhiy
Yevstati Yevstatiy Yevstigney Yevtim Yewande Yfke Yigit Yilmaz Yina Yineth Yinthe Ylenia Ylva Ylvie Yngve Yoan
Yoana Yoann Yoanna Yocelyn Yochana Yoga Yogendr Yohan Yohana Yohane Yoichi Yoil Yokhanna Yolal Yolima Yolina
Yoliyan Yolko Yona Yonatan Yonathan Yonika Yonmi Yono Yordan Yordanka Yoruç Yosef Yoselin Yoshita Yosip Yosma
Yosuke Youba Youcef Younes Youri Yousra Youssef Yovan Yovanka Yovcho Yovitsa Yovko Yovo Yovro Yovtso Yozhi
Yrjö Yrsa Ysaline Yudy Yug Yugi Yui Yukhim Yuli Yulian Yuliana Yuliena Yulieth Yuliy Yuliya Yuliyan Yuly
Yumiko Yuni Yunis Yunita Yunona Yunt Yunus Yurani Yurany Yurdan Yurdanur Yurdaser Yureed Yuridia Yurita Yuriy
Yurtgüven Yurtseven Yury Yusif Yussuf Yustianna Yustim Yustin Yustina Yustinian Yuta Yutika Yuvenali Yuvenaliy
Yuvenaly Yuvraj Yvan Yvon Yésica Yéssica Yönetmen Yücel Yücelen Yümun Zaafir Zaahid Zaahir Zaakir Zabir Zablon
Zacarías Zacharia Zacharias Zacharie Zackariya Zaeem Zaeka Zaenab Zafa Zafar Zafeer Zafer Zafir Zafrul Zahaar
Zaharia Zaheer Zahfer Zahi Zahid Zahir Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib Zaid Zainab Zainabu Zaira
Zaitra Zaituni Zakaria Zakariyo Zakayo Zakhar Zakhari Zakharin Zakharinka Zakhele Zakho Zakir Zakiyaxon Zaliha
Zalindra Zalán Zaman Zamfir Zamfira Zamin Zamiq Zamir Zamira Zango Zanka Zanko Zansi Zapryan Zara Zarar Zaraza
Zarina Zarko Zarna Zashil Zauqi Zaur Zavarin Zaven Zaweel Zayan Zayd Zaynab Zayyan Zayyir Zbigniew Zdenka
Zdenko Zdislava Zdravcho Zdravelin Zdravelina Zdravets Zdravko Zdukhostina Zebirce Zeferino Zehaan Zehnia
Zehra Zehranur Zekayi Zeki Zelaya Zelha Zeljko Zemfira Zemzem Zende Zengin Zennun Zeno Zenon Zenovia Zenta
Zenzele Zenzile Zerafet Zerdad Zeride Zevlüde Zewad Zeynal Zeynelabidin Zeynep Zeyno Zeynulla Zgura Zhaklin
Zhanin Zhanna Zhara Zhelyazka Zhenimira Zheyna Zhichka Zhiva Zhivomira Zhorka Zhuliana Ziba Zibuyile Ziedonis
Ziggy Zihni Zika Zikmund Zilfa Zilmil Zimran Zinaida Zinal Zineb Zinhle Zinko Zinnura Zinnure Zinovi Zinoviy
Zinovy Zipporah Ziya Ziyaettin Zizi Zlatan Zlateya Zlati Zlatica Zlatil Zlatimir Zlatiyan Zlatka Zlatko Zlato
Zlatogor Zlatomir Zlatomira Zlatoslav Zlatoslava Zlatotsvet Zlatozar Zoey Zofija Zoichka Zoja Zoltan Zoltán
Zoral Zoran Zorica Zorka Zoryan Zosima Zoya Zoé Zoë Zsanett Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zuba
Zubayr Zubeyde Zuhri Zulaikha Zulfa Zumaridi Zunilda Zuwayhir Zuwena Zuzana Zuzichka Zvezdan Zvezdemira
Zvezdin Zvezdislav Zvezdiyan Zvezdolet Zvezdomir Zvonka Zvonko Zwatie Zélie Zöhrehan Züfer Züheyla Zülbiye
Züleyxa Zülfüye Zülgarni Zümre Zümrüd
"""
