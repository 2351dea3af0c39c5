"""Given names (whitespace-separated): evidence that "<Given> <Capitalised>" is a person's name.
Derived from the US Census Bureau 1990 frequent first-name lists (public domain) as shipped in the PyPI
package names 0.3.0 (MIT), minus words that are mostly not names in news (months, weekdays, places,
colours, ordinary words such as "Will", "May", "Miss"); plus international given names added by hand
for Factdesk (public figures' given names; facts, not copyrightable). The names of other cultures are in
world_given_names.py (derived from Faker's lists); `given_names()` is both.

Kept as a Python module (not a data file) so that it ships with the package and is never caught by an
ignore rule; one name per word, split once at first use (`given_names()`).
"""

from __future__ import annotations

from functools import cache

from bot.extract.lexicon.world_given_names import WORLD_GIVEN_NAMES

GIVEN_NAMES = """
Aaron Abbas Abbey Abbie Abby Abdel Abdelaziz Abdelmadjid Abdul Abdullah Abe Abel Abigail Abiy Abraham Abram
Abu Ada Adah Adalberto Adaline Adam Adan Addie Adela Adelaida Adele Adelia Adelina Adeline Adell Adella Adelle
Adena Adina Adolfo Adolph Adria Adrian Adriana Adriane Adrianna Adrianne Adrien Adriene Adrienne Afton Agatha
Agnes Agnus Agripina Agueda Agustin Agustina Ahmad Ahmed Ahmet Ai Aida Aide Aiko Aileen Ailene Aimee Aisha
Aishwarya Aja Ajit Akbar Akhilesh Akihito Akiko Akilah Al Alaina Alaine Alan Alana Alane Alanna Alassane
Alayna Alba Albert Alberta Albertha Albertina Albertine Alberto Albina Alda Alden Aldo Alease Alec Alecia
Aleen Aleida Aleisha Alejandra Alejandrina Alejandro Aleksandar Aleksandr Alena Alene Alesha Aleshia Alesia
Alessandra Alessandro Aleta Aletha Alethea Alethia Alex Alexa Alexander Alexandra Alexandria Alexei Alexey
Alexia Alexis Alfonso Alfonzo Alfred Alfreda Alfredia Alfredo Ali Alia Alica Alice Alicia Alida Alina Aline
Alisa Alise Alisha Alishia Alisia Alison Alissa Alita Alix Aliza Alla Allan Alleen Allegra Allen Allena Allene
Allie Alline Allison Allyn Allyson Alma Almeda Almeta Alona Alonso Alonzo Alpha Alphonse Alphonso Alta
Altagracia Altha Althea Alton Alva Alvaro Alvera Alverta Alvin Alvina Alyce Alycia Alysa Alyse Alysha Alysia
Alyson Alyssa Amada Amado Amal Amalia Amanda Amberly Ambrose Amee Amelia Ami Amie Amiee Amina Amir Amira Amit
Ammie Amos Amparo Amy Ana Anabel Analisa Anamaria Anand Anastacia Anastasia Andera Anders Anderson Andra Andre
Andrea Andreas Andree Andres Andrew Andria Andriy Andrzej Andrés Andy Anette Angela Angele Angelena Angeles
Angelia Angelic Angelica Angelika Angelina Angeline Angelique Angelita Angella Angelo Angelyn Angie Angila
Angla Angle Anglea Anh Anibal Anika Anil Anisa Anisha Anissa Anita Anitra Anja Anjali Anjanette Anjelica Ann
Anna Annabel Annabell Annabelle Annalee Annalena Annalisa Annamae Annamaria Annamarie Anne Anneliese Annelle
Annemarie Annett Annetta Annette Annice Annie Annika Annis Annita Annmarie Anthony Antione Antionette Antoine
Antoinette Anton Antone Antonetta Antonette Antonia Antonietta Antonina Antonio Antony Antwan António Anwar
Anya Apolonia Apryl Ara Araceli Aracelis Aracely Arcelia Archie Ardath Ardelia Ardell Ardella Ardelle Arden
Ardis Ardith Aretha Argelia Ariana Ariane Arianna Arianne Arica Arie Ariel Arielle Arjun Arla Arlean Arleen
Arlen Arlena Arlene Arletha Arletta Arlette Arlie Arlinda Arline Arlyne Armand Armanda Armandina Armando
Armida Arminda Arnaud Arnetta Arnette Arnita Arnold Arnoldo Arnulfo Aron Arron Arseniy Art Arthur Artie Arturo
Arvilla Arvind Asa Asha Ashanti Ashely Ashlea Ashlee Ashleigh Ashley Ashli Ashlie Ashly Ashlyn Ashraf Ashton
Ashwini Asif Asley Asma Assunta Astrid Asuncion Atal Athena Aubrey Audie Audra Audrea Audrey Audria Audrie
Audry Augusta Augustina Augustine Augustus Aundrea Aung Aura Aurea Aurelia Aurelio Aurora Aurore Austin Ava
Avelina Avery Avis Avril Awilda Ayako Ayana Ayanna Ayatollah Ayesha Azalee Azucena Azzie Babara Babette Bailey
Bambi Ban Bandar Bao Barabara Barack Barb Barbar Barbara Barbera Barbie Barbra Bari Barney Barrett Barrie
Barron Barry Bart Barton Bashar Bashir Basil Basilia Bea Beata Beatrice Beatris Beatriz Beau Beaulah Bebe
Becki Beckie Becky Bee Beji Belen Belia Belinda Belkis Bell Bella Belle Belva Ben Benazir Benedict Benita
Benito Benjamin Bennett Bennie Benny Benoit Benoît Benton Berenice Berna Bernadette Bernadine Bernard Bernarda
Bernardina Bernardine Bernardo Berneice Bernetta Bernice Bernie Berniece Bernita Bert Berta Bertha Bertie
Bertram Beryl Bess Bessie Beth Bethanie Bethann Bethany Bethel Beto Betsey Betsy Bette Bettie Bettina Betty
Bettyann Bettye Beula Beulah Bev Beverlee Beverley Beverly Bianca Bibi Bilawal Bill Billi Billie Billy Billye
Binali Birdie Birgit Bjorn Björn Blaine Blair Blake Blanca Blanch Blanche Blondell Blossom Blythe Bo Bob Bobbi
Bobbie Bobby Bobbye Bobette Bok Bola Bong Bongbong Bonita Bonnie Bonny Bono Booker Boris Boutros Boyce Boyd
Brad Bradford Bradley Bradly Brady Brain Branda Brande Brandee Branden Brandi Brandie Brandon Brant Breana
Breann Breanna Breanne Bree Brenda Brendan Brendon Brenna Brent Brenton Bret Brett Brian Briana Brianna
Brianne Brice Bridget Bridgett Bridgette Brigette Brigid Brigida Brigitte Brinda Britany Britney Britni Britt
Britta Brittaney Brittani Brittanie Brittany Britteny Brittney Brittni Brittny Brock Broderick Bronwyn Brook
Brooke Brooks Bruce Bruna Brunilda Bruno Bryan Bryanna Bryant Bryce Brynn Bryon Bud Buddy Buena Buffy Buford
Bula Bulah Bunny Burl Burt Burton Buster Byron Caitlin Caitlyn Calandra Caleb Calista Callie Calvin Camelia
Camellia Cameron Cami Camie Camila Camilla Camille Cammie Cammy Candace Candance Candelaria Candi Candice
Candida Candie Candis Candra Candyce Caprice Cara Caren Carey Cari Caridad Carie Carin Carina Carisa Carissa
Carita Carl Carla Carlee Carleen Carlena Carlene Carletta Carley Carli Carlie Carline Carlita Carlo Carlos
Carlota Carlotta Carlton Carly Carlyn Carma Carman Carmel Carmela Carmelia Carmelina Carmelita Carmella
Carmelo Carmen Carmina Carmine Carmon Carol Carola Carolann Carole Carolee Carolin Caroline Caroll Carolyn
Carolyne Carolynn Caron Caroyln Carri Carrie Carrol Carroll Carry Carson Carter Cary Caryl Carylon Caryn
Casandra Casey Casie Casimira Cassandra Cassaundra Cassey Cassi Cassidy Cassie Cassondra Cassy Catalina
Catarina Caterina Catharine Catherin Catherina Catherine Cathern Catheryn Cathey Cathi Cathie Cathleen
Cathrine Cathryn Cathy Catina Catrice Catrina Cayla Cecelia Cecil Cecila Cecile Cecilia Cecille Cecily Cedric
Cedrick Celena Celesta Celeste Celestina Celestine Celia Celina Celinda Celine Celsa Ceola Cesar Chadwick Chae
Chan Chana Chanda Chandra Chanel Chanell Chanelle Chang Chantal Chantay Chante Chantel Chantell Chantelle
Chara Charis Charise Charissa Charisse Charita Charity Charla Charleen Charlena Charlene Charles Charlesetta
Charlette Charley Charlie Charline Charlott Charlotte Charlsie Charlyn Charmain Charmaine Charolette Chas
Chase Chasidy Chasity Chassidy Chastity Chau Chauncey Chaya Chelsea Chelsey Chelsie Chen Cher Chere Cheree
Cherelle Cheri Cherie Cherilyn Cherise Cherish Cherly Cherlyn Cherri Cherrie Cherryl Chery Cheryl Cheryle
Cheryll Chester Chet Cheyenne Chi Chia Chieko Chin Ching Chiquita Chloe Chong Chris Chrissy Christa Christal
Christeen Christel Christen Christena Christene Christi Christia Christian Christiana Christiane Christie
Christin Christina Christine Christinia Christoper Christopher Christy Chrystal Chu Chuck Chun Chung Ciara
Cicely Ciera Cierra Cinda Cinderella Cindi Cindie Cindy Cinthia Cira Clair Claire Clara Clare Clarence
Claretha Claretta Claribel Clarice Clarinda Clarine Claris Clarisa Clarissa Clarita Clark Classie Claud Claude
Claudette Claudia Claudie Claudine Claudio Clay Clayton Clelia Clemencia Clement Clemente Clementina
Clementine Clemmie Cleo Cleopatra Cleora Cleotilde Cleta Cletus Cleveland Clifford Clifton Clint Clinton Clora
Clorinda Clotilde Clyde Codi Cody Colby Cole Coleen Coleman Colene Coletta Colette Colin Colleen Collen
Collene Collette Collin Colton Columbus Concepcion Conception Concetta Concha Conchita Connie Conrad Constance
Consuela Consuelo Contessa Cora Coral Coralee Coralie Corazon Cordelia Cordell Cordia Cordie Coreen Corene
Coretta Corey Cori Corie Corina Corine Corinna Corinne Corliss Cornelia Cornelius Cornell Corrie Corrin
Corrina Corrine Corrinne Cortez Cortney Cory Courtney Coy Craig Creola Cris Criselda Crissy Crista Cristal
Cristen Cristi Cristie Cristin Cristina Cristine Cristobal Cristopher Cristy Cruz Crysta Crystle Cuc Curt
Curtis Cyndi Cyndy Cynthia Cyril Cyrstal Cyrus Cythia Dacia Dagmar Dagny Dahlia Daina Daine Daisey Daisy Dalai
Dale Dalene Dalia Dalila Dalton Damaris Damian Damien Damion Damon Dan Dana Danae Dane Danelle Danette Dani
Dania Danial Danica Daniel Daniela Daniele Daniell Daniella Danielle Danika Danille Danilo Danita Dann Danna
Dannette Dannie Dannielle Danny Dante Danuta Danyel Danyell Danyelle Daphine Daphne Dara Darby Darcel Darcey
Darci Darcie Darcy Darell Daren Daria Darin Dario Darius Darla Darleen Darlena Darlene Darline Darnell Daron
Darrel Darrell Darren Darrick Darrin Darron Darryl Darwin Daryl Dave David Davida Davina Davis Dawna Dawne
Dayle Dayna Daysi Deadra Dean Deana Deandra Deandre Deandrea Deane Deangelo Deann Deanna Deanne Deb Debbi
Debbie Debbra Debby Debera Debi Debora Deborah Debra Debrah Debroah Dede Dedra Dee Deeann Deeanna Deedee
Deedra Deena Deepika Deetta Deidra Deidre Deirdre Deja Delaine Delana Delbert Delcie Delena Delfina Delia
Delicia Delila Delilah Delinda Delisa Della Delma Delmar Delmer Delmy Delois Deloise Delora Deloras Delores
Deloris Delorse Delpha Delphia Delphine Delsie Demarcus Demetra Demetria Demetrice Demetrius Dena Denae Deneen
Denese Deng Denice Denis Denise Denisha Denisse Denita Denna Dennis Dennise Denny Denys Denyse Deon Deonna
Derek Derick Derrick Deshawn Desirae Desire Desiree Desmond Despina Dessie Destiny Detra Deval Devendra Devin
Devon Devona Devora Devorah Dewayne Dewey Dewitt Dexter Dharmendra Dia Diamond Dian Diana Diane Diann Dianna
Dianne Dick Didier Diedra Diedre Diego Dierdre Dieter Digna Dillon Dilma Dimitris Dimple Dina Dinah Dinesh
Dino Dinorah Dion Dione Dionna Dionne Dirk Divina Dixie Dmitri Dmitry Dmytro Dodie Dollie Dolly Dolores
Doloris Domenic Domenica Dominga Domingo Dominic Dominick Dominique Dominque Domitila Domonique Don Dona
Donald Donella Donetta Donette Dong Donita Donn Donna Donnell Donnetta Donnette Donnie Donny Donovan Donte
Donya Dora Dorathy Dorcas Doreatha Doreen Dorene Doretha Dorethea Doretta Dori Doria Dorian Dorie Dorinda
Dorine Doris Dorla Dorotha Dorothea Dorothy Dorris Dorsey Dortha Dorthea Dorthey Dorthy Dot Dottie Dotty Doug
Douglas Douglass Dovie Doyle Dreama Drema Drew Drucilla Drusilla Duane Dudley Dulce Dulcie Duncan Dung Dusti
Dustin Dusty Dwain Dwana Dwayne Dwight Dyan Dylan Earle Earlean Earleen Earlene Earlie Earline Earnestine
Eartha Eboni Ebonie Ebony Ebrahim Echo Ed Eda Edda Eddie Eddy Edelmira Eden Edgar Edgardo Edie Edison Edith
Edmond Edmund Edmundo Edna Edouard Edra Edris Eduardo Edward Edwardo Edwin Edwina Edyth Edythe Effie Efrain
Efren Ehtel Ehud Eileen Eilene Ekrem Eladia Elaina Elaine Elana Elane Elanor Elayne Elba Elbert Elda Elden
Eldon Eldora Eldridge Eleanor Eleanora Eleanore Elease Elena Elene Eleni Elenor Elenora Elenore Eleonor
Eleonora Eleonore Elfreda Elfrieda Elfriede Eli Elia Eliana Elias Elicia Elida Elidia Elijah Elin Elina Elinor
Elinore Elisa Elisabeth Elise Eliseo Elisha Elissa Eliz Eliza Elizabet Elizabeth Elizbeth Elizebeth Elke Ella
Ellamae Ellan Ellen Ellena Elli Ellie Elliot Elliott Ellis Ellsworth Elly Ellyn Elma Elmer Elmira Elmo Elna
Elnora Elodia Elois Eloisa Eloise Elon Elouise Eloy Elroy Elsa Else Elsie Elsy Elton Elva Elvera Elvia Elvie
Elvin Elvina Elvira Elvis Elwanda Elwood Elyse Elza Ema Emanuel Emelda Emelia Emelina Emeline Emely Emerald
Emerita Emerson Emery Emiko Emil Emile Emilee Emilia Emilie Emilio Emily Emma Emmaline Emmanuel Emmerson
Emmett Emmie Emmitt Emmy Emogene Emory Ena Enda Enedina Eneida Enid Enoch Enola Enrico Enrique Enriqueta
Epifania Erasmo Eric Erica Erich Erick Ericka Erik Erika Erin Erinn Erlene Erlinda Erline Erma Ermelinda
Erminia Erna Ernest Ernestina Ernestine Ernesto Ernie Errol Ervin Erwin Eryn Esmeralda Esperanza Essie Esta
Esteban Estefana Estela Estell Estella Estelle Ester Esther Estrella Etha Ethan Ethel Ethelene Ethelyn Ethyl
Etsuko Etta Ettie Eufemia Eugena Eugene Eugenia Eugenie Eugenio Eula Eulah Eulalia Eun Euna Eunice Eura
Eusebia Eusebio Eustolia Eva Evalyn Evan Evangelina Evangeline Eve Evelia Evelin Evelina Eveline Evelyn
Evelyne Evelynn Everett Everette Evette Evia Evie Evita Evo Evon Evonne Ewa Exie Ezekiel Ezequiel Ezra Fabian
Fabio Fabiola Fae Fahd Fairy Faisal Fallon Fannie Fanny Farah Farrah Fatima Fatimah Fattah Faustina Faustino
Fausto Faviola Fawn Fay Faye Fe Federico Felecia Felica Felice Felicia Felicidad Felicita Felicitas Felipa
Felipe Felisa Felisha Felix Felton Ferdinand Fermin Fermina Fern Fernanda Fernande Fernando Ferne Fidel Fidela
Fidelia Filiberto Filomena Fiona Flavia Fleta Fletcher Flo Flor Flora Florance Florence Florencia Florencio
Florene Florentina Florentino Floretta Floria Florinda Florine Florrie Flossie Floy Floyd Fonda Forrest Foster
Fran Francene Frances Francesca Francesco Franchesca Francie Francina Francine Francis Francisca Francisco
Francois Francoise Frank Frank-Walter Frankie Franklin Franklyn Frans Fransisca François Fred Freda Fredda
Freddie Freddy Frederic Frederica Frederick Fredericka Fredia Fredric Fredrick Fredricka Freeda Freeman Freida
Frida Frieda Friedrich Fritz Fumiko Fumio Gabriel Gabriela Gabriele Gabriella Gabrielle Gail Gala Gale Galen
Galina Ganesh Garfield Garland Garnet Garnett Garret Garrett Garry Garth Gary Gaston Gautam Gavin Gaye Gayla
Gayle Gaylene Gaylord Gaynell Gaynelle Gearldine Geert Gema Gemma Gena Genaro Gene Genesis Geneva Genevie
Genevieve Genevive Genia Genie Genna Gennie Genny Genoveva Geoffrey Georgann George Georgeann Georgeanna
Georgene Georgetta Georgette Georgiana Georgiann Georgianna Georgianne Georgie Georgina Georgine Gerald
Geraldine Geraldo Geralyn Gerard Gerardo Gerda Gerhard Geri Germaine German Gerri Gerry Gertha Gertie Gertrud
Gertrude Gertrudis Gertude Geun-hye Ghislaine Gia Gianna Gidget Gigi Gil Gilbert Gilberte Gilberto Gilda
Gillian Gilma Gina Ginette Ginger Ginny Gino Giorgia Giorgos Giovanna Giovanni Gisela Gisele Giselle Gita
Giuseppe Giuseppina Gladis Glady Gladys Glayds Glen Glenda Glendora Glenn Glenna Glennie Glennis Glinda Gloria
Glory Glynda Glynis Golda Goldie Gonzalo Goodluck Gordon Grace Gracia Gracie Graciela Grady Graham Graig Grant
Granville Grayce Grazyna Greg Gregg Gregoria Gregorio Gregory Greta Gretchen Gretta Gricelda Grisel Griselda
Grover Guadalupe Gudrun Guillermina Guillermo Gunter Gus Gussie Gustavo Guy Gwen Gwenda Gwendolyn Gwenn Gwyn
Gwyneth Günter Ha Hae Hafez Haftar Hage Hai Hailey Haitham Hakeem Hal Haley Halina Halley Hallie Hamad Hamdok
Hamid Han Hana Hanh Hank Hanna Hannah Hannelore Hans Hardeep Harlan Harland Harley Harold Harriet Harriett
Harriette Harris Harrison Harry Harvey Hashemi Hasina Hassan Hassie Hattie Haydee Hayden Hayley Haywood Hazel
Heath Hector Hedwig Hedy Hee Heide Heidi Heidy Heike Heinz Helaine Helen Helena Helene Helga Hellen Helmut
Henrietta Henriette Henrik Henry Herb Herbert Heriberto Herlinda Herma Herman Hermelinda Hermila Hermina
Hermine Herminia Herschel Hershel Herta Hertha Hester Hettie Hiedi Hien Hilaria Hilario Hilary Hilda Hilde
Hildegard Hildegarde Hildred Hillary Hilma Hilton Hipolito Hiram Hirohito Hiroko Hisako Hoa Hobert Hogan
Holley Holli Hollie Hollis Homer Hong Hope Horace Horacio Horst Hortencia Hortense Hortensia Hosea Hosni
Hossein Howard Hoyt Hsiu Hu Hubert Hue Huey Hugh Hugo Hui Hulda Huma Humberto Hun Hung Hunter Huong Hussein
Hwa Hyacinth Hye Hyman Hyo Hyon Hyun Ian Ida Idalia Idell Idella Iesha Ignacia Ignacio Ignazio Igor Ike Ila
Ilana Ilda Ileana Ileen Ilene Ilham Ilhan Iliana Illa Ilona Ilse Iluminada Imelda Imogene Imran Inacio Indira
Inell Ines Inez Ing-wen Inga Inge Ingeborg Inger Ingrid Inocencia Inácio Iola Iona Ione Iraida Irakli Irena
Irene Irina Irish Irma Irmgard Irvin Irving Irwin Isa Isaac Isabel Isabell Isabella Isabelle Isadora Isaiah
Isaias Isaura Isela Isiah Isidra Isidro Isis Ismael Ismail Isobel Isreal Issac Iva Ivan Ivana Ivanka Ivelisse
Ivette Ivey Ivonne Izetta Izola Ja Jacalyn Jacelyn Jacinda Jacinta Jacinto Jack Jackeline Jackelyn Jacki
Jackie Jacklyn Jackqueline Jackson Jaclyn Jacob Jacqualine Jacque Jacquelin Jacqueline Jacquelyn Jacquelyne
Jacquelynn Jacques Jacquetta Jacqui Jacquie Jacquiline Jacquline Jacqulyn Jada Jade Jadwiga Jae Jae-in Jaime
Jaimee Jaimie Jair Jake Jaleesa Jalisa Jama Jamaal Jamal Jamar Jame Jamee Jamel James Jamey Jami Jamie Jamika
Jamila Jamison Jammie Jan Jana Janae Janay Jane Janean Janee Janeen Janel Janell Janella Janelle Janene
Janessa Janet Janeth Janett Janetta Janette Janey Jani Janice Janie Janiece Janina Janine Janis Janise Janita
Jann Janna Jannet Jannette Jannie Janyce Jaqueline Jaquelyn Jared Jarod Jarred Jarrett Jarrod Jarvis Jasmin
Jasmine Jason Jasper Jaunita Javad Javier Jawaharlal Jay Jaye Jayme Jaymie Jayna Jayne Jayson Jazmin Jazmine
Jc Jean Jean-Claude Jean-Luc Jean-Yves Jeana Jeane Jeanelle Jeanene Jeanett Jeanetta Jeanette Jeanice Jeanie
Jeanine Jeanmarie Jeanna Jeanne Jeannetta Jeannette Jeannie Jeannine Jeb Jed Jeff Jefferey Jefferson Jeffery
Jeffie Jeffrey Jeffry Jen Jena Jenae Jene Jenee Jenell Jenelle Jenette Jeneva Jeni Jenice Jenifer Jeniffer
Jenine Jenise Jenna Jennefer Jennell Jennette Jenni Jennie Jennifer Jenniffer Jennine Jenny Jens Jensen Jerald
Jeraldine Jeramy Jere Jeremiah Jeremy Jeri Jerica Jerilyn Jerlene Jermaine Jerold Jerome Jeromy Jerrell Jerri
Jerrica Jerrie Jerrod Jerrold Jerry Jesenia Jesica Jess Jesse Jessenia Jessi Jessia Jessica Jessie Jessika
Jestine Jesus Jesusa Jesusita Jetta Jettie Jewell Ji Jiang Jill Jillian Jim Jimmie Jimmy Jin Jina Jinny
Jitendra Jo Joan Joana Joane Joanie Joann Joanna Joanne Joannie Joaquin Joaquina Joaquín Jocelyn Jodee Jodi
Jodie Jody Joe Joeann Joel Joella Joelle Joellen Joesph Joetta Joette Joey Johana Johanna Johanne John Johna
Johnathan Johnathon Johnetta Johnette Johnie Johnna Johnnie Johnny Johnsie Johnson Joi Joie Joko Jolanda
Joleen Jolene Jolie Joline Jolyn Jolynn Jon Jona Jonah Jonas Jonathan Jonathon Jone Jonell Jonelle Jong
Jong-un Joni Jonie Jonna Jonnie Joost Jordon Jorge Jose Josef Josefa Josefina Josefine Joselyn Josep Joseph
Josephina Josephine Josette Josh Joshua Josiah Josie Joslyn Jospeh Josphine Josue José Jovan Jovita Joya Joyce
Joycelyn Joye Juan Juana Juanita Jude Judi Judie Judith Judson Judy Juergen Jule Julee Julene Jules Juli Julia
Julian Juliana Juliane Juliann Julianna Julianne Julie Julieann Julienne Juliet Julieta Julietta Juliette
Julio Julissa Julius Jung Junichiro Junie Junior Junita Junko Jusman Justa Justin Justina Justine Jutta Jürgen
Ka Kacey Kaci Kacie Kacy Kai Kaila Kais Kaitlin Kaitlyn Kaja Kala Kaleigh Kaley Kali Kallie Kalyn Kam Kamala
Kami Kamilah Kandace Kandi Kandice Kandis Kandra Kandy Kanesha Kanisha Kaoru Kara Karan Kareem Kareen Karen
Karena Karey Kari Karie Karima Karin Karina Karine Karisa Karissa Karl Karla Karleen Karlene Karly Karlyn
Karma Karmen Karol Karole Karoline Karolyn Karon Karren Karri Karrie Karry Kary Karyl Karyn Kasandra Kasey
Kash Kasha Kasi Kasie Kassandra Kassie Kassym-Jomart Kate Katelin Katelyn Katelynn Katerine Kathaleen
Katharina Katharine Katharyn Kathe Katheleen Katherin Katherina Katherine Kathern Katheryn Kathey Kathi Kathie
Kathleen Kathlene Kathline Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katie Katina
Katlyn Katrice Katrina Kattie Katy Kavita Kay Kayce Kaycee Kaye Kayla Kaylee Kayleen Kayleigh Kaylene Kazuko
Kecia Keeley Keely Keena Keenan Keesha Keiko Keila Keir Keira Keisha Keith Keitha Keli Kelle Kellee Kelley
Kelli Kellie Kelly Kellyanne Kellye Kelsey Kelsi Kelsie Kelvin Kemal Kemberly Kemi Ken Kena Kenda Kendal
Kendall Kendra Kendrick Keneth Kenia Kenisha Kenna Kenneth Kennith Kenny Kent Kenton Kenyatta Kenyetta Kera
Keren Keri Kermit Kerri Kerrie Kerry Kerstin Kesha Keshia Keturah Keva Keven Kevin Khadijah Khaleda Khalid
Khalifa Khalilah Ki-moon Kiana Kiara Kiera Kiersten Kiesha Kieth Kiley Kim Kimber Kimberely Kimberlee
Kimberley Kimberli Kimberlie Kimberly Kimbery Kimbra Kimi Kimiko Kina Kindra Kip Kira Kiran Kirby Kirk Kirsten
Kirstie Kirstin Kisha Kit Kittie Kitty Kiyoko Kizzie Kizzy Klara Klaus Kofi Konstantinos Korey Kori Kortney
Kory Kourtney Kraig Kris Krishna Krissy Krista Kristal Kristalina Kristan Kristeen Kristel Kristen Kristi
Kristian Kristie Kristin Kristina Kristine Kristle Kristofer Kristopher Kristy Kristyn Krysta Krystal Krysten
Krystin Krystina Krystle Krystyna Kum Kurt Kurtis Kyla Kyle Kylee Kylie Kym Kymberly Kyoko Kyong Kyra Kyriakos
Kyrsten Kyung Lacey Lachelle Laci Lacie Lacresha Lacy Ladawn Ladonna Lady Lael Lahoma Lai Laila Laine Lajuana
Lakeesha Lakeisha Lakendra Lakenya Lakesha Lakeshia Lakia Lakiesha Lakisha Lakita Lala Lalu Lamonica Lamont
Lan Lana Lance Landon Lanell Lanelle Lanette Lang Lani Lanie Lanita Lannie Lanny Lanora Laquanda Laquita Lara
Larae Laraine Laree Larhonda Larisa Larissa Larita Laronda Larraine Larry Lars Larue Lasandra Lashanda
Lashandra Lashaun Lashaunda Lashawn Lashawna Lashawnda Lashay Lashell Lashon Lashonda Lashunda Lasonya Latanya
Latarsha Latasha Latashia Latesha Latia Laticia Latina Latisha Latonia Latonya Latoria Latosha Latoya Latoyia
Latrice Latricia Latrina Latrisha Launa Laura Lauralee Lauran Laure Laureen Laurel Lauren Laurena Laurence
Laurene Laurent Lauretta Laurette Lauri Laurice Laurie Laurinda Laurine Lauryn Lavada Lavelle Lavenia Lavera
Lavern Laverna Laverne Laveta Lavette Lavina Lavinia Lavon Lavona Lavonda Lavone Lavonia Lavonna Lavonne
Lawana Lawanda Lawanna Lawerence Lawrence Layla Layne Lazaro Lea Leah Lean Leana Leandra Leandro Leann Leanna
Leanne Leanora Leatha Leatrice Lecia Leda Lee Leeann Leeanna Leeanne Leena Leesa Leia Leida Leif Leigh Leigha
Leighann Leila Leilani Leisa Leisha Lekisha Lela Lelah Leland Lelia Lemuel Len Lena Lenard Lenita Lenna Lennie
Lenny Lenora Lenore Leo Leola Leoma Leon Leona Leonard Leonarda Leonardo Leone Leonel Leonia Leonid Leonida
Leonie Leonila Leonor Leonora Leonore Leontine Leopoldo Leora Leota Lera Leroy Les Lesa Lesha Lesia Leslee
Lesley Lesli Leslie Lessie Lester Leta Letha Leticia Letisha Letitia Letizia Lettie Letty Levi Lewis Lexie
Lezlie Li Lia Liana Liane Lianne Libbie Libby Librada Lida Lidia Lien Lieselotte Ligia Lila Lili Lilia Lilian
Liliana Lilla Lilli Lillia Lilliam Lillian Lilliana Lillie Lilly Lin Lina Lincoln Linda Lindsay Lindsey Lindsy
Lindy Linette Ling Linh Linn Linnea Linnie Lino Linsey Linwood Lionel Lisa Lisabeth Lisandra Lisbeth Lise
Lisette Lisha Lissa Lissette Lita Livia Liz Liza Lizabeth Lizbeth Lizeth Lizette Lizzette Lizzie Lloyd Loan
Logan Loida Lois Loise Lola Lolita Loma Lon Lona Londa Loni Lonna Lonnie Lonny Lora Loraine Loralee Lore
Lorean Loree Loreen Lorelei Loren Lorena Lorene Lorenza Lorenzo Loreta Loretta Lorette Lori Loria Loriann
Lorie Lorilee Lorina Lorinda Lorine Loris Lorita Lorna Lorraine Lorretta Lorri Lorriane Lorrie Lorrine Lory
Lottie Lou Louann Louanne Louella Louetta Louie Louis Louisa Louise Loura Lourdes Lourie Louvenia Lovella
Lovetta Lovie Lowell Loyce Loyd Luana Luann Luanna Luanne Luba Luc Lucas Luci Lucia Luciana Luciano Lucie
Lucien Lucienne Lucila Lucile Lucilla Lucille Lucina Lucinda Lucio Lucrecia Lucretia Lucy Ludie Ludivina Lue
Luella Luetta Luigi Luis Luisa Luise Luiz Luke Lula Lulu Luna Lupe Lupita Lura Lurlene Lurline Luther Luvenia
Luz Lyda Lydia Lyla Lyle Lyman Lyn Lynda Lyndia Lyndon Lyndsay Lyndsey Lynell Lynelle Lynetta Lynette Lynn
Lynna Lynne Lynnette Lynsey Lynwood Ma Mabel Mabelle Mable Machelle Macie Mack Mackenzie Macky Macy Madalene
Madaline Madalyn Maddie Madelaine Madeleine Madelene Madeline Madelyn Madge Madie Madison Madlyn Madonna Mae
Maegan Mafalda Magali Magaly Magan Magaret Magda Magdalen Magdalena Magdalene Magen Maggie Magnolia Magnus
Mahalia Mahathir Mahatma Mahesh Mahmoud Mai Maia Maida Maile Maira Maire Maisha Maisie Majorie Makeda Maktoum
Malala Malcolm Malcom Malena Malia Malik Malika Malinda Malisa Malissa Malka Mallie Mallory Malorie Malvina
Mamata Mamie Mammie Mana Manda Mandi Mandie Mandy Manie Manmohan Manual Manuel Manuela Many Mao Maple Mara
Maragaret Maragret Maranda Marc Marcel Marcela Marcelene Marcelina Marceline Marcelino Marcell Marcella
Marcelle Marcellus Marcelo Marcene Marchelle Marci Marcia Marcie Marco Marcos Marcus Marcy Mardell Maren Marg
Margaret Margareta Margarete Margarett Margaretta Margarette Margarita Margarite Margarito Margart Marge
Margene Margeret Margert Margery Marget Margherita Margie Margit Margo Margorie Margot Margret Margrett
Marguerita Marguerite Margurite Margy Marhta Mari Maria Mariah Mariam Marian Mariana Marianela Mariann
Marianna Marianne Mariano Maribel Maribeth Marica Maricela Maricruz Marie Mariel Mariela Mariella Marielle
Marietta Mariette Mariko Marilee Marilou Marilu Marilyn Marilynn Marin Marina Marinda Marine Mario Marion
Maris Marisa Marisela Marisha Marisol Marissa Marita Maritza Marivel Marjorie Marjory Mark Marketta Markita
Markus Marla Marlana Marleen Marlen Marlena Marlene Marlin Marline Marlo Marlon Marlyn Marlys Marna Marni
Marnie Marquerite Marquetta Marquis Marquita Marquitta Marry Marsha Marta Marth Martha Marti Martin Martina
Martine Marty Marva Marvella Marvin Marvis Marx Mary Marya Maryalice Maryam Maryann Maryanna Maryanne
Marybelle Marybeth Maryellen Maryetta Maryjane Maryjo Maryland Marylee Marylin Maryln Marylou Marylouise
Marylyn Marylynn Maryrose Masako Mason Masoud Massimo Mateusz Matha Mathew Mathilda Mathilde Matilda Matilde
Mats Matt Matteo Matthew Mattie Maud Maude Maudie Maura Maureen Maurice Mauricio Maurine Maurita Mauro Mavis
Max Maxie Maxima Maximina Maximo Maxine Maxwell Maya Mayawati Maybell Maybelle Maye Mayme Maynard Mayola Mayra
Mazie Mckenzie Mckinley Meagan Meaghan Mechelle Meda Mee Meg Megan Megawati Meggan Meghan Meghann Mehmet Mei
Mel Melaine Melani Melania Melanie Melany Melba Melda Melia Melida Melina Melinda Melisa Melissa Melissia
Melita Mellie Mellisa Mellissa Melodee Melodi Melodie Melody Melonie Melony Melva Melvin Melvina Melynda Mendy
Mercedez Mercy Meredith Meri Merideth Meridith Merilyn Merissa Merle Merlene Merlin Merlyn Merna Merri Merrick
Merrie Merrilee Merrill Mertie Mervin Meryl Meta Mette Mi Mia Mica Micaela Micah Micha Michael Michaela
Michaele Michal Michale Micheal Michel Michele Michelina Micheline Michell Michelle Michiko Mickey Micki
Mickie Miesha Migdalia Mignon Miguel Miguelina Mika Mikaela Mike Mikel Mikhail Mikheil Miki Mikki Mila Milagro
Milagros Milan Milda Mildred Miles Milford Milissa Millard Millicent Millie Milly Milo Milton Mimi Min Mina
Minda Mindi Mindy Minerva Ming Minh Minna Minnie Minta Miquel Mira Miranda Mireille Mirella Mireya Miriam
Mirian Mirna Mirta Mirtha Misha Mishal Missy Misti Mistie Mitch Mitchel Mitchell Mitsue Mitsuko Mitt Mittie
Mitzi Mitzie Miyoko Modesta Modesto Mohamed Mohammad Mohammed Mohsen Moira Moises Mojtaba Mollie Molly Mona
Monet Monica Monika Monique Monnie Monroe Monserrate Monte Monty Moon Mora Morgan Moriah Morris Morton Mose
Moses Moshe Mozell Mozella Mozelle Muammar Muhammad Muhammadu Mui Mukesh Muoi Muriel Murray Mustafa My Myesha
Myles Myong Myra Myriam Myrl Myrle Myrna Myron Myrta Myrtice Myrtie Myrtis Myrtle Myung Na Nabih Nada Nadene
Nadia Nadine Naftali Naida Najib Nakesha Nakia Nakisha Nakita Nam Nan Nana Nancee Nancey Nanci Nancie Nancy
Nanette Nannette Nannie Naoma Naomi Naoto Napoleon Narcisa Narendra Narges Naruhito Natacha Natalia Natalie
Natalya Natasha Natashia Nathalie Nathan Nathanael Nathanial Nathaniel Natisha Natividad Natosha Nawaf Nawaz
Nayef Nayib Neal Necole Ned Neda Nedra Neely Neha Neida Neil Nelda Nelia Nelida Nell Nella Nelle Nellie Nelly
Nelson Nena Nenita Neoma Neomi Nereida Nerissa Nery Nestor Neta Nettie Neva Neville Newton Nga Ngan Ngoc Ngozi
Nguyet Nia Nichelle Nichol Nicholas Nichole Nicholle Nick Nicki Nickie Nickolas Nickole Nicky Nicol Nicola
Nicolas Nicolasa Nicole Nicolette Nicolle Nida Nidia Niels Niesha Nieves Nigel Niki Nikia Nikita Nikki Nikol
Nikolai Nikole Nikos Nila Nilda Nils Nilsa Nina Ninfa Nirmala Nisha Nita Nitish Noah Nobuko Noe Noel Noelia
Noella Noelle Noemi Nohemi Nola Nolan Noma Nona Nora Norah Norbert Norberto Noreen Norene Noriko Norine Norma
Norman Normand Norris Nova Novella Nu Nubia Numbers Nursultan Nydia Nyla Obdulia Ocie Octavia Octavio Oda
Odelia Odell Odessa Odette Odilia Odis Ofelia Ok Olaf Oleg Oleksandr Oleksiy Olen Olene Oleta Olevia Olga
Olimpia Olin Olinda Oliva Oliver Olivia Olivier Ollie Olusegun Olympia Omar Omega Omer Ona Oneida Onie Onita
Opal Ophelia Ora Oralee Oralia Oren Oretha Orlando Orpha Orval Orville Osama Oscar Ossie Osvaldo Oswaldo
Otelia Otha Otilia Otis Otto Ouida Owen Ozell Ozella Ozie Pablo Paetongtarn Paige Palma Palmer Palmira Pam
Pamala Pamela Pamelia Pamella Pamila Pamula Pandora Pansy Paola Paolo Park Parker Parthenia Particia Pasquale
Pasty Pat Patience Patria Patrica Patrice Patricia Patrick Patrina Patsy Patti Pattie Patty Paul Paula Paulene
Pauletta Paulette Paulina Pauline Paulita Paz Pearle Pearlene Pearlie Pearline Pearly Pedro Peg Peggie Peggy
Pei Penelope Penney Penni Pennie Penny Percy Perla Perry Pervez Pete Peter Petra Petrina Petro Petronila
Petteri Phebe Phil Philip Phillip Phillis Philomena Phoebe Phung Phuong Phylicia Phylis Phyliss Phyllis Pia
Piedad Pierre Pieter Pilar Ping Pinkie Piper Piyush Pok Polly Pooja Porfirio Porsha Portia Prabowo Prakash
Prayut Preston Pricilla Priscila Priscilla Priyanka Providencia Prudence Pura Qaboos Qassem Qiana Qiang
Queenie Quentin Quiana Quincy Quinn Quintin Quinton Quyen Rachael Rachal Racheal Rachel Rachele Rachell
Rachelle Racquel Rae Raeann Raelene Rafael Rafaela Rafic Raguel Rahm Rahul Raina Raisa Raj Rajesh Rajiv
Rajnath Rakesh Raleigh Ralf Ralph Ramesh Ramiro Ramon Ramona Ramonita Ramzan Rana Ranae Rand Randa Randal
Randall Randee Randell Randi Randolph Randy Ranee Rania Raphael Raquel Rashad Rasheeda Rashida Ratan Raul
Raven Ravi Ray Raye Rayford Raylene Raymon Raymond Raymonde Raymundo Rayna Raúl Rea Reagan Reanna Reatha Reba
Rebbeca Rebbecca Rebeca Rebecca Rebecka Rebekah Recep Reda Reed Reena Refugia Refugio Regan Regena Regenia
Reggie Regina Reginald Regine Reginia Reid Reiko Reina Reinaldo Reince Reita Rema Remedios Remona Rena Renae
Renaldo Renata Renate Renato Renay Renda Rene Renea Renee Renetta Renita Renna René Ressie Reta Retha Retta
Reuben Reva Rex Rey Reyes Reyna Reynalda Reynaldo Reza Rhea Rheba Rhett Rhiannon Rhoda Rhona Rhonda Ria
Ricarda Ricardo Richard Richelle Richie Rick Rickey Ricki Rickie Ricky Rico Riek Rigoberto Rikki Riley Rima
Rina Risa Rishi Rita Riva Rivka Ro Rob Robbi Robbie Robbin Robby Robbyn Robena Robert Roberta Roberto Robin
Robt Robyn Rocco Rochel Rochell Rochelle Rocio Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick Rodrigo
Rogelio Roger Roland Rolanda Rolande Rolando Rolf Rolland Roma Romaine Roman Romana Romano Romelia Romeo
Romona Ron Rona Ronald Ronda Roni Ronna Ronni Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie
Rosalina Rosalind Rosalinda Rosaline Rosalva Rosalyn Rosamaria Rosamond Rosana Rosann Rosanna Rosanne Rosaria
Rosario Rosaura Roscoe Rose Roseann Roseanna Roseanne Roselee Roselia Roseline Rosella Roselle Roselyn
Rosemarie Rosemary Rosena Rosenda Rosendo Rosetta Rosette Rosia Rosie Rosina Rosio Rosita Roslyn Ross Rossana
Rossie Rosy Rowena Roxana Roxane Roxann Roxanna Roxanne Roxie Roxy Roy Royce Rozanne Rozella Ruben Rubi Rubie
Rubin Rubye Rudolf Rudolph Rudy Rueben Rufina Rufus Rupert Russ Russel Russell Ruth Rutha Ruthann Ruthanne
Ruthe Ruthie Ruud Ryan Ryann Saad Sabah Sabina Sabine Sabra Sabrina Sacha Sachiko Sade Sadie Sadye Sage Saif
Sal Salena Salina Salley Sallie Sally Salman Salome Salva Salvador Salvatore Sam Samantha Samara Samatha
Samella Samira Sammie Sammy Samual Samuel San Sana Sanda Sandee Sandi Sandie Sandra Sandy Sanford Sang Sanjay
Sanjuana Sanjuanita Sanna Sanora Santa Santana Santiago Santina Santo Santos Sara Sarah Sarai Saran Sari
Sarina Sarita Sasha Saturnina Satya Sau Saud Saul Sauli Saundra Savanna Savannah Scarlet Scarlett Scot Scott
Scottie Scotty Sean Sebastian Sebrina See Seema Selena Selene Selina Selma Sena Senaida Serafina Serena Sergei
Sergey Sergio Serina Serita Serzh Seth Setsuko Seymour Sha Shad Shae Shah Shaina Shakia Shakira Shakita Shala
Shalanda Shalon Shalonda Shameka Shamika Shan Shana Shanae Shanda Shandi Shandra Shane Shaneka Shanel Shanell
Shanelle Shani Shanice Shanika Shaniqua Shanita Shanna Shannan Shannon Shanon Shanta Shantae Shantanu Shantay
Shante Shantel Shantell Shantelle Shanti Shaquana Shaquita Shara Sharad Sharan Sharda Sharee Sharell Sharen
Shari Sharice Sharie Sharika Sharilyn Sharita Sharla Sharleen Sharlene Sharmaine Sharolyn Sharon Sharonda
Sharri Sharron Sharyl Sharyn Shashi Shasta Shaun Shauna Shaunda Shaunna Shaunta Shaunte Shavkat Shavon
Shavonda Shavonne Shawana Shawanda Shawanna Shawn Shawna Shawnda Shawnee Shawnna Shawnta Shay Shayla Shayna
Shayne Shea Sheba Sheena Shehbaz Sheikh Sheila Sheilah Shela Shelba Shelby Sheldon Shelia Shella Shelley
Shelli Shellie Shelly Shelton Shemeka Shemika Shena Shenika Shenita Shenna Shera Sheree Sherell Sheri Sherice
Sheridan Sherie Sherika Sherill Sherilyn Sherise Sherita Sherlene Sherley Sherly Sherlyn Sherman Sheron
Sherrell Sherri Sherrie Sherril Sherrill Sherron Sherryl Sherwood Shery Sheryl Sheryll Shiela Shigeru Shila
Shiloh Shimon Shin Shinzo Shira Shirely Shirl Shirlee Shirleen Shirlene Shirley Shirly Shizue Shizuko Shon
Shona Shonda Shondra Shonna Shonta Shoshana Shou Shu Shyla Sibyl Sid Sidney Sierra Sigmar Signe Sigrid Silas
Silva Silvana Silvia Silvio Sima Simon Simona Simone Simonne Sina Sindy Siobhan Sirena Siu Sixta Skye Slyvia
Smriti So Socorro Sofia Soila Sol Solange Soledad Solomon Somer Sommer Sona Sondra Song Sonia Sonja Sonny
Sonya Soo Sook Soon Sophia Sophie Soraya Sparkle Spencer Srettha Stacee Stacey Staci Stacia Stacie Stacy Stan
Stanford Stanley Stanton Starla Stasia Stefan Stefani Stefania Stefanie Stefany Steffanie Stella Stepanie
Stephaine Stephan Stephane Stephani Stephania Stephanie Stephany Stephen Stephenie Stephine Stephnie Steve
Steven Stevie Stewart Stuart Suanne Subrahmanyam Sudie Sue Sueann Suellen Suk Suk-yeol Sulema Sumiko Sun
Sundar Sung Sunil Sunita Sunni Sunshine Suresh Susan Susana Susann Susanna Susannah Susanne Susie Susilo Susy
Suzan Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sven Svetlana Sviatlana Sybil Syble Sylvester Sylvia
Sylvie Synthia Syreeta Søren Ta Tabatha Tabetha Tabitha Tad Tai Taina Taisha Tajuana Takako Takisha Talia
Talisha Talitha Tam Tama Tamala Tamar Tamara Tamatha Tambra Tameika Tameka Tamekia Tamela Tamera Tamesha Tami
Tamica Tamie Tamika Tamiko Tamim Tamisha Tammam Tammara Tammera Tammi Tammie Tammy Tamra Tana Tandra Tandy
Taneka Tanesha Tangela Tania Tanika Tanisha Tanja Tanna Tanner Tanya Tara Tarah Taren Tari Taro Tarra Tarsha
Taryn Tasha Tashia Tashina Tasia Tatiana Tatum Tatyana Taunya Tawana Tawanda Tawanna Tawna Tawny Tawnya Taylor
Tayna Tayyip Ted Teddy Tedros Teena Tegan Teisha Telma Temeka Temika Tempie Tena Tenesha Tenisha Tennie
Tennille Tenzin Teodora Teodoro Teofila Tequila Tera Tereasa Terence Teresa Terese Teresia Teresita Teressa
Teri Terica Terina Terisa Terra Terrance Terrell Terrence Terresa Terri Terrie Terrilyn Terry Tesha Tess Tessa
Tessie Thabo Thad Thaddeus Thaksin Thalia Thanh Thao Thea Theda Thelma Theo Theodora Theodore Theola Theresa
Therese Theresia Theressa Theron Thersa Thi Thierry Thomas Thomasena Thomasina Thomasine Thora Thresa Thu
Thurman Thuy Tia Tiana Tianna Tiara Tien Tiera Tierra Tiesha Tifany Tiffaney Tiffani Tiffanie Tiffany Tiffiny
Tijuana Tilda Tillie Tim Timika Timmy Timothy Tina Tinisha Tiny Tisa Tish Tisha Titus Tobi Tobias Tobie Toby
Toccara Tod Todd Toi Tom Tomas Tomasa Tomeka Tomi Tomika Tomiko Tommie Tommy Tommye Tomoko Tona Tonda Tonette
Toney Toni Tonia Tonie Tonisha Tonita Tonja Tony Tonya Tora Tori Torie Torri Torrie Tory Tosha Toshia Toshiko
Tova Towanda Toya Tracee Tracey Traci Tracie Tracy Tran Trang Travis Treasa Treena Trena Trent Trenton Tresa
Tressa Tressie Treva Trevor Trey Tricia Trina Trinh Trinidad Trish Trisha Trista Tristan Troy Trudi Trudie
Trudy Trula Truman Tsai Tu Tuan Tula Tulsi Turki Tuyet Twana Twanda Twanna Twila Twyla Ty Tyesha Tyisha Tyler
Tynisha Tyra Tyree Tyrell Tyron Tyrone Tyson Uddhav Uhuru Ula Ulf Ulrike Ulysses Un Una Ursula Usha Ute Uwe
Vada Val Valarie Valda Valencia Valene Valentin Valentina Valentine Valeri Valeria Valerie Valery Vallie
Valorie Valrie Valéry Vance Vanda Vanesa Vanessa Vanetta Vania Vanita Vanna Vannesa Vannessa Vashti Vasiliki
Vaughn Veda Velda Velia Vella Velma Velva Velvet Vena Venessa Venetta Venice Venita Vennie Venus Veola Vera
Verda Verdell Verdie Verena Vergie Verla Verlene Verlie Verline Vern Verna Vernell Vernetta Vernia Vernice
Vernie Vernita Vernon Verona Veronica Veronika Veronique Versie Vertie Vesta Veta Vicenta Vicente Vickey Vicki
Vickie Vicky Victor Victorina Vida Vijay Viki Vikki Vikram Viktor Vilma Vina Vince Vincent Vincenza Vincenzo
Vinita Vinnie Viola Violeta Violette Virgen Virgie Virgil Virgilio Virgina Vita Vitali Vitaliy Vito Vittorio
Viva Vivan Vivek Vivian Viviana Vivien Vivienne Vladimir Volker Volodymyr Voncile Vonda Vonnie Wade Wai Waldo
Walid Walker Wallace Wally Walter Walton Waltraud Wan Wanda Waneta Wanetta Wang Wanita Ward Warner Warren Wava
Waylon Wayne Wei Weldon Wen Wendell Wendi Wendie Wendolyn Wendy Wenona Werner Wes Wesley Weston Whitley
Whitney Wilber Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo Wilhelmina Wilhemina Willa Willard
Willem Willena Willene Willetta Willette Willia William Williams Willian Willie Williemae Willis Willodean
Willow Willy Wilma Wilmer Wilson Wilton Windy Winford Winfred Winifred Winnie Winnifred Winona Winston Wm
Wolfgang Wonda Woodrow Wopke Wyatt Wynell Wynona Xavier Xenia Xi Xiao Xiomara Xochitl Xuan Yadira Yaeko Yael
Yahaira Yahya Yair Yajaira Yan Yang Yanira Yanis Yasmin Yasmine Yasuko Yee Yelena Yen Yer Yesenia Yessenia
Yetta Yevette Yevgeniy Yevgeny Yi Ying Ying-jeou Yingluck Yitzhak Yogi Yoko Yolanda Yolande Yolando Yolonda
Yon Yong Yoon Yoshie Yoshihide Yoshihiko Yoshiko Youlanda Yousef Yoweri Yu Yuette Yuk Yuki Yukiko Yukio Yuko
Yulanda Yulia Yun Yung Yuonne Yuri Yuriko Yusuf Yves Yvette Yvone Yvonne Zachariah Zachary Zachery Zack
Zackary Zada Zaida Zana Zandra Zane Zayed Zelda Zella Zelma Zena Zenaida Zenia Zenobia Zetta Zhou Zi Zina Zine
Zita Zoe Zofia Zoila Zola Zona Zonia Zora Zoraida Zula Zulema Zulma Álvaro
"""


@cache
def given_names() -> frozenset[str]:
    """GIVEN_NAMES and the names of other cultures (world_given_names.py) as a set, split once."""
    return frozenset(GIVEN_NAMES.split()) | frozenset(WORLD_GIVEN_NAMES.split())
