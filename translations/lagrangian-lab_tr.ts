<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/accelerationscommand.cpp" line="+26"/>
        <source>invalid --state &quot;%1&quot;: expected %2 comma-separated numbers, the coordinates (%3) and then their velocities</source>
        <translation>geçersiz --state &quot;%1&quot;: virgülle ayrılmış %2 sayı bekleniyor, önce koordinatlar (%3), sonra hızları</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --state &quot;%1&quot;: item %2, &quot;%3&quot;, is not a finite number</source>
        <translation>geçersiz --state &quot;%1&quot;: %2. öğe, &quot;%3&quot;, sonlu bir sayı değil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prints a trained model&apos;s accelerations at one state as a line of JSON.</source>
        <translation>Eğitilmiş bir modelin tek bir durumdaki ivmelerini bir satır JSON olarak yazdırır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory written by &apos;lagrangian-lab train --out&apos;.</source>
        <translation>&apos;lagrangian-lab train --out&apos; komutunun yazdığı klasör.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates then velocities, e.g. 0.2,0 or -0.2,0.</source>
        <translation>Önce koordinatlar, sonra hızlar; örneğin 0.2,0 veya -0.2,0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give --model DIR and --state Q1,...,QD1,...</source>
        <translation>--model KLASÖR ve --state Q1,...,QD1,... verin</translation>
    </message>
    <message>
        <location filename="../app/traincommand.cpp" line="+38"/>
        <source>epoch %1/%2  training loss %3  validation loss %4  %5 samples/s  time left %6</source>
        <translation>dönem %1/%2  eğitim kaybı %3  doğrulama kaybı %4  %5 örnek/s  kalan süre %6</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Trains a Lagrangian neural network and writes it with its loss history.</source>
        <translation>Bir Lagrange sinir ağı eğitir ve kayıp geçmişiyle birlikte kaydeder.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a file of that name exists; --out needs a directory</source>
        <translation>bu adda bir dosya var; --out bir klasör ister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the directory could not be created</source>
        <translation>klasör oluşturulamadı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trained %1 epochs in %2 s; best validation loss %3 at epoch %4. Wrote %5</source>
        <translation>%1 dönem %2 s içinde eğitildi; en iyi doğrulama kaybı %4. dönemde %3. Yazılan klasör: %5</translation>
    </message>
    <message>
        <location filename="../app/optionreaders.cpp" line="+17"/>
        <source>invalid value &quot;%1&quot; for --%2: expected a number from %3 to %4</source>
        <translation>--%2 için geçersiz değer &quot;%1&quot;: %3 ile %4 arasında bir sayı bekleniyor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid value &quot;%1&quot; for --%2: expected a whole number</source>
        <translation>--%2 için geçersiz değer &quot;%1&quot;: bir tam sayı bekleniyor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --param &quot;%1&quot;: write NAME=VALUE, for example length=1.47</source>
        <translation>geçersiz --param &quot;%1&quot;: AD=DEĞER biçiminde yazın, örneğin length=1.47</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invalid --%1 &quot;%2&quot;: write NAME=VALUE with a finite number, for example g=9.81</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+17"/>
        <source>give either --system NAME or --data FILE</source>
        <translation>ya --system AD ya da --data DOSYA verin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>invalid value &quot;%1&quot; for --activation: expected softplus or tanh</source>
        <translation>--activation için geçersiz değer &quot;%1&quot;: softplus veya tanh bekleniyor</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train on simulated motion of a preset: pendulum, spring or double_pendulum.</source>
        <translation>Hazır bir sistemin benzetilmiş hareketi üzerinde eğitir: pendulum, spring veya double_pendulum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a preset parameter, e.g. length=1.47 (SI units); repeatable.</source>
        <translation>Hazır sistemin bir parametresini ayarlar, örneğin length=1.47 (SI birimleri); tekrarlanabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated runs (default 8).</source>
        <translation>Benzetilen koşu sayısı (varsayılan 8).</translation>
    </message>
    <message>
        <location filename="../app/discoveroptions.cpp" line="+38"/>
        <source>invalid operator &quot;%1&quot; in --operators: expected a comma-separated list of + - * / ^ square cube sin cos exp log sqrt abs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --operators &quot;%1&quot;: include at least one of + - * /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give exactly one of --run DIR, --data FILE, --system NAME and --lagrangian FORMULA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>missing --coordinates: name the coordinates of the Lagrangian, for example --coordinates theta or --coordinates r,theta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>invalid value &quot;%1&quot; for --loss: expected motion or distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discover from a trained network&apos;s directory (the output of train).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover from a measured trajectory (Tracker export or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover from simulated motion of a preset: pendulum, spring or double_pendulum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discover from simulated motion of a typed Lagrangian, e.g. &quot;0.5*theta_dot^2 + 9.81*cos(theta)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinate names of --lagrangian, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a parameter, e.g. g=9.81 or length=1.47 (SI units); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial-state ranges for simulation, e.g. r=0.8:1.4,theta_dot=0.6:1.2 (default -1:1, or the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise on simulated positions, in percent of each coordinate&apos;s standard deviation (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated runs (default 10).</source>
        <translation type="unfinished">Benzetilen koşu sayısı (varsayılan 8). {10)?}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Seconds per simulated run (default 10).</source>
        <translation>Koşu başına saniye (varsayılan 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation step and sampling interval in seconds (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For --data: fit the pendulum&apos;s pivot as the centre of the arc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For --data: samples per local fit; 0 chooses from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>motion (default): accelerations of the candidate&apos;s Euler-Lagrange equations; distillation: the network&apos;s L values (needs --run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operators to use, e.g. +,-,*,/,square,cube,sin,cos,sqrt (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest candidate, in nodes (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds for the search (default 60; 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after this many candidate evaluations; without --time-limit the result then depends only on the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop once a candidate&apos;s loss is at most this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most data samples used (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: every core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory for pareto.json and pareto.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing --out DIR: the directory to write pareto.json into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid --ranges item &quot;%1&quot;: write NAME=LOW:HIGH with LOW &lt;= HIGH, for example theta=-1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid --ranges item &quot;%1&quot;: &quot;%2&quot; is not a coordinate or velocity; the coordinates are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Simulation step in seconds (default 0.01).</source>
        <translation>Benzetim adımı, saniye (varsayılan 0.01).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard deviation of Gaussian noise on simulated positions (default 0).</source>
        <translation>Benzetilen konumlara eklenen Gauss gürültüsünün standart sapması (varsayılan 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on a measured trajectory (Tracker export or CSV).</source>
        <translation>Ölçülmüş bir yörünge üzerinde eğitir (Tracker dışa aktarımı veya CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pendulum&apos;s pivot is not at the origin: fit it as the centre of the bob&apos;s arc.</source>
        <translation>Sarkacın asılma noktası orijinde değil: onu kütlenin çizdiği yayın merkezi olarak uydurur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a point track&apos;s x and y instead of converting to an angle.</source>
        <translation>Bir nokta izinin x ve y değerlerini açıya çevirmeden korur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per local fit of the differentiator; 0 chooses from the data.</source>
        <translation>Türev alıcının yerel uydurma başına örnek sayısı; 0 veriden seçer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per hidden layer (default 128).</source>
        <translation>Gizli katman başına birim (varsayılan 128).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers (default 2).</source>
        <translation>Gizli katman sayısı (varsayılan 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softplus (default) or tanh.</source>
        <translation>softplus (varsayılan) veya tanh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum epochs (default 2000).</source>
        <translation>En fazla dönem (varsayılan 2000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch size (default 256).</source>
        <translation>Mini yığın boyutu (varsayılan 256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial Adam learning rate (default 0.003).</source>
        <translation>Başlangıç Adam öğrenme oranı (varsayılan 0.003).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after this many epochs without a better validation loss (default 300).</source>
        <translation>Daha iyi bir doğrulama kaybı olmadan bu kadar dönem geçince durur (varsayılan 300).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop training after this many seconds (default: none).</source>
        <translation>Eğitimi bu kadar saniye sonra durdurur (varsayılan: sınır yok).</translation>
    </message>
    <message>
        <location filename="../app/discoveroptions.cpp" line="-40"/>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>Rastgele tohum (varsayılan 1).</translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>LibTorch threads (default 1, the fastest for networks of this size).</source>
        <translation>LibTorch iş parçacığı sayısı (varsayılan 1, bu boyuttaki ağlar için en hızlısı).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train in double precision instead of float32.</source>
        <translation>float32 yerine çift duyarlıkla eğitir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory for the model, loss.csv, summary.json and phase-portrait.png.</source>
        <translation>Model, loss.csv, summary.json ve phase-portrait.png için klasör.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing --out DIR: the directory to write the model into</source>
        <translation>eksik --out KLASÖR: modelin yazılacağı klasör</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+42"/>
        <source>unknown command or option &quot;%1&quot;. Commands: train, accelerations; run &apos;lagrangian-lab --help&apos; for their use, or give no argument to open the window.</source>
        <translation>bilinmeyen komut veya seçenek &quot;%1&quot;. Komutlar: train, accelerations; kullanımları için &apos;lagrangian-lab --help&apos; çalıştırın ya da pencereyi açmak için argüman vermeyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no display found (DISPLAY is not set), so the window cannot open. Run it on a desktop or under xvfb-run, or use a command such as &apos;lagrangian-lab train --help&apos;.</source>
        <translation>ekran bulunamadı (DISPLAY ayarlı değil), bu yüzden pencere açılamıyor. Bir masaüstünde veya xvfb-run altında çalıştırın ya da &apos;lagrangian-lab train --help&apos; gibi bir komut kullanın.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+12"/>
        <source>usage: lagrangian-lab [COMMAND] [OPTIONS]
Without a command, starts the lab&apos;s window.

commands:
  train          train a Lagrangian neural network on a preset system or measured data
  accelerations  print a trained model&apos;s accelerations at one state as JSON
  discover       search for closed-form Lagrangians of a system, measured data or a trained model

Run &apos;lagrangian-lab COMMAND --help&apos; for the options of a command.
</source>
        <translation>kullanım: lagrangian-lab [KOMUT] [SEÇENEKLER]
Komut verilmezse laboratuvarın penceresini açar.

komutlar:
  train          hazır bir sistem veya ölçülmüş veri üzerinde Lagrange sinir ağı eğitir
  accelerations  eğitilmiş bir modelin tek bir durumdaki ivmelerini JSON olarak yazdırır
  discover       bir sistem, ölçülmüş veri veya eğitilmiş model için kapalı biçimli Lagranjiyenler arar

Bir komutun seçenekleri için &apos;lagrangian-lab KOMUT --help&apos; çalıştırın.
</translation>
    </message>
    <message>
        <location filename="../app/discovercommand.cpp" line="+176"/>
        <source>Searches for closed-form Lagrangians that explain the motion and writes the accuracy-versus-complexity front to pareto.json and pareto.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only %1 usable samples: record a longer trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--loss distillation needs the network&apos;s L values: use --run DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 s  %2 candidates evaluated  front of %3  best loss %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot create the output directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryText</name>
    <message>
        <location filename="../ui/discoverytext.cpp" line="+32"/>
        <source>The data cannot separate L = %1 from L = %2: their losses differ by %3 %. Record motion over a wider range of states (larger amplitudes) to tell them apart.</source>
        <translation>Veriler L = %1 ile L = %2 arasında ayrım yapamıyor: kayıpları %%3 kadar farklı. Bunları ayırt etmek için daha geniş bir durum aralığında (daha büyük genliklerle) hareket kaydedin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Even the most accurate candidate leaves a relative error of %1 % in the accelerations: the motion may not be conservative (damping, a drive), the data may be too noisy, or the operators may not suffice.</source>
        <translation>En doğru aday bile ivmelerde %%1 bağıl hata bırakıyor: hareket korunumlu olmayabilir (sönüm, dış sürücü), veriler fazla gürültülü olabilir ya da operatörler yetmeyebilir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>time limit reached</source>
        <translation>süre sınırına ulaşıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation budget used</source>
        <translation>değerlendirme bütçesi tükendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target loss reached</source>
        <translation>hedef kayba ulaşıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the user</source>
        <translation>kullanıcı tarafından durduruldu</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The value %1 of %2 is above the maximum %3. Enter a value of at most %3.</source>
        <translation>%2 için %1 değeri, en büyük değer olan %3 sınırını aşıyor. En fazla %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 is below the minimum %3. Enter a value of at least %3.</source>
        <translation>%2 için %1 değeri, en küçük değer olan %3 sınırının altında. En az %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 must be greater than %3. Enter a larger value.</source>
        <translation>%2 için %1 değeri %3 değerinden büyük olmalı. Daha büyük bir değer girin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 is not a finite number. Enter a number.</source>
        <translation>%1 değeri sonlu bir sayı değil. Bir sayı girin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 was not found. Check the path and choose the file again.</source>
        <translation>%1 dosyası bulunamadı. Yolu denetleyin ve dosyayı yeniden seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 could not be read (%2). Check that it exists and that you may read it.</source>
        <translation>%1 dosyası okunamadı (%2). Dosyanın var olduğunu ve okuma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 could not be written (%2). Choose another folder or file name.</source>
        <translation>%1 dosyası yazılamadı (%2). Başka bir klasör ya da dosya adı seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty. Choose a file with a header line and data rows.</source>
        <translation>%1 dosyası boş. Başlık satırı ve veri satırları içeren bir dosya seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only %1 data rows were found, but at least %2 are needed. Record a longer motion and import it again.</source>
        <translation>yalnızca %1 veri satırı bulundu, ancak en az %2 satır gerekiyor. Daha uzun bir hareket kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network could not be computed: %1. Start the training again, and report the problem with the log if it happens again.</source>
        <translation>Ağ hesaplanamadı: %1. Eğitimi yeniden başlatın. Sorun yinelenirse günlük kaydıyla birlikte bildirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model in %1 is invalid: %2. Train the model and save it again.</source>
        <translation>%1 içindeki model geçersiz: %2. Modeli yeniden eğitip kaydedin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a header line such as &quot;t x y&quot; was expected, but the line reads %1. Add a header that names the time and coordinate columns and import again.</source>
        <translation>&quot;t x y&quot; gibi bir başlık satırı bekleniyordu, ancak satırda %1 yazıyor. Zaman ve koordinat sütunlarını adlandıran bir başlık ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the column %1 is missing. Add it to the header and import again.</source>
        <translation>%1 sütunu eksik. Sütunu başlığa ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the row %1 does not have %2 cells like the header. Complete or remove that row and import again.</source>
        <translation>%1 satırında başlıktaki gibi %2 hücre yok. Satırı tamamlayın ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a number. Fix or remove that cell and import again.</source>
        <translation>%1 bir sayı değil. Bu hücreyi düzeltin ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value %1 is not finite. Replace it with a measured value or remove the row and import again.</source>
        <translation>%1 değeri sonlu değil. Ölçülmüş bir değerle değiştirin ya da satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 is earlier than the previous time %2. Sort the rows by time and import again.</source>
        <translation>%1 zamanı, önceki satırdaki %2 zamanından daha erken. Satırları zamana göre sıralayın ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 appears twice. Remove the duplicate row and import again.</source>
        <translation>%1 zamanı iki kez geçiyor. Yinelenen satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The value %1 of %2 must be greater than 0. Enter a positive value.</source>
        <translation>%2 için %1 değeri 0&apos;dan büyük olmalı. Pozitif bir değer girin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no parameter named %1. Check its spelling against the system&apos;s parameters.</source>
        <translation>%1 adında bir parametre yok. Yazımını sistemin parametreleriyle karşılaştırın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no system named %1. Choose one of: %2.</source>
        <translation>%1 adında bir sistem yok. Şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state %1 is invalid. Give one finite position and one finite velocity per coordinate.</source>
        <translation>%1 durumu geçersiz. Her koordinat için sonlu bir konum ve sonlu bir hız verin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mass matrix d²L/dq̇² is singular at the state %1 (condition number %2), so the accelerations are undefined. Train again with another seed or a lower learning rate.</source>
        <translation>Kütle matrisi d²L/dq̇², %1 durumunda tekil (koşul sayısı %2), bu yüzden ivmeler tanımsız. Başka bir tohumla ya da daha düşük bir öğrenme hızıyla yeniden eğitin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged at epoch %1 (loss %2). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim %1. epokta ıraksadı (kayıp %2). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training diverged (loss %1). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim ıraksadı (kayıp %1). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was stopped before it finished.</source>
        <translation>İş bitmeden durduruldu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An unexpected error of kind %1 occurred.</source>
        <translation>Beklenmeyen bir hata oluştu (tür %1).</translation>
    </message>
</context>
<context>
    <name>lab::DiscoveryPanel</name>
    <message>
        <location filename="../ui/discoverypanel.cpp" line="+70"/>
        <source>Start search</source>
        <translation>Aramayı başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop search</source>
        <translation>Aramayı durdur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark</source>
        <translation>İşaret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complexity</source>
        <translation>Karmaşıklık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagrangian L</source>
        <translation>Lagranjiyen L</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+33"/>
        <source>Copy as text</source>
        <translation>Metin olarak kopyala</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Copy as LaTeX</source>
        <translation>LaTeX olarak kopyala</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Copy as SymPy</source>
        <translation>SymPy olarak kopyala</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+36"/>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Searching… %1 s, %2 candidates evaluated, %3 on the front.</source>
        <translation>Aranıyor… %1 sn, %2 aday değerlendirildi, cephede %3 aday var.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search ended (%1) after %2 evaluations in %3 s.</source>
        <translation>Arama %3 sn içinde %2 değerlendirmeden sonra sona erdi (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>★ pick</source>
        <translation>★ seçilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ alternative</source>
        <translation>≈ alternatif</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a candidate to see its equations of motion.</source>
        <translation>Hareket denklemlerini görmek için bir aday seçin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L = %1

Equations of motion:
%2</source>
        <translation>L = %1

Hareket denklemleri:
%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No rollout: %1</source>
        <translation>Benzetim yapılamadı: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate of complexity %1</source>
        <translation>Karmaşıklığı %1 olan aday</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export candidates</source>
        <translation>Adayları dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
</context>
<context>
    <name>lab::DiscoverySettingsPanel</name>
    <message>
        <location filename="../ui/discoverysettingspanel.cpp" line="+43"/>
        <source>Largest number of nodes of a whole candidate Lagrangian</source>
        <translation>Bir aday Lagranjiyenin tamamındaki en fazla düğüm sayısı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motion (accelerations)</source>
        <translation>Hareket (ivmeler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation (network&apos;s L)</source>
        <translation>Damıtma (ağın L değerleri)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained network</source>
        <translation>Eğitilmiş ağ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Symbolic regression</source>
        <translation>Sembolik regresyon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max complexity:</source>
        <translation>En fazla karmaşıklık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss:</source>
        <translation>Kayıp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets from:</source>
        <translation>Hedeflerin kaynağı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time budget:</source>
        <translation>Süre bütçesi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operators</source>
        <translation>Operatörler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addition</source>
        <translation>Toplama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtraction</source>
        <translation>Çıkarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplication</source>
        <translation>Çarpma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Bölme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power with any exponent</source>
        <translation>Herhangi bir üsle kuvvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Kare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube</source>
        <translation>Küp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sine</source>
        <translation>Sinüs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>Kosinüs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential</source>
        <translation>Üstel fonksiyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural logarithm</source>
        <translation>Doğal logaritma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square root</source>
        <translation>Karekök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute value</source>
        <translation>Mutlak değer</translation>
    </message>
</context>
<context>
    <name>lab::ExportablePlot</name>
    <message>
        <location filename="../ui/exportableplot.cpp" line="+113"/>
        <source>the plot could not be drawn into the file</source>
        <translation>grafik dosyaya çizilemedi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plot exported from Lagrangian Lab</source>
        <translation>Lagrangian Lab ile dışa aktarılmış grafik</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 dosyaları (*.%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export plot</source>
        <translation>Grafiği dışa aktar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export as PNG…</source>
        <translation>PNG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>SVG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
</context>
<context>
    <name>lab::LossPlot</name>
    <message>
        <location filename="../ui/lossplot.cpp" line="+24"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epoch</source>
        <translation>Epok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (relative acceleration error)</source>
        <translation>Kayıp (göreli ivme hatası)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Doğrulama</translation>
    </message>
</context>
<context>
    <name>lab::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+49"/>
        <source>Best validation loss %1 at epoch %2.</source>
        <translation>En iyi doğrulama kaybı %1, epok %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished all %1 epochs.</source>
        <translation>%1 epokun tümü tamamlandı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped early after %1 epochs, because the validation loss no longer improved.</source>
        <translation>Doğrulama kaybı artık iyileşmediği için %1 epoktan sonra erken durduruldu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reached the time limit after %1 epochs.</source>
        <translation>%1 epoktan sonra süre sınırına ulaşıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before the first epoch.</source>
        <translation>İlk epoktan önce durduruldu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped after %1 epochs.</source>
        <translation>%1 epoktan sonra durduruldu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagrangian Lab</source>
        <translation>Lagrangian Lab</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Training loss</source>
        <translation>Eğitim kaybı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbolic regression</source>
        <translation>Sembolik regresyon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import measured data…</source>
        <translation>Ölçülmüş veriyi &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;loss plot…</source>
        <translation>&amp;Kayıp grafiğini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;phase portrait…</source>
        <translation>&amp;Faz portresini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Pareto &amp;front…</source>
        <translation>Pareto &amp;cephesini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>S&amp;top</source>
        <translation>D&amp;urdur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Training</source>
        <translation>&amp;Eğitim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1. %2</source>
        <translation>%1 içe aktarıldı. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/mainwindowdiscovery.cpp" line="+49"/>
        <source>Correct the typed Lagrangian first. %1</source>
        <translation>Önce yazılan Lagranjiyeni düzeltin. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing %1…</source>
        <translation>%1 hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulating %1…</source>
        <translation>%1 için benzetim yapılıyor…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Resume to continue.</source>
        <translation>Duraklatıldı. Devam etmek için Sürdür düğmesine basın.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Eğitiliyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training on %1: %2 training and %3 validation samples.</source>
        <translation>%1 üzerinde eğitim: %2 eğitim ve %3 doğrulama örneği.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training failed</source>
        <translation>Eğitim başarısız</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ready to train on %1. Press Start (Ctrl+R).</source>
        <translation>%1 üzerinde eğitime hazır. Başlat düğmesine basın (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdiscovery.cpp" line="-10"/>
        <source>The search failed.</source>
        <translation>Arama başarısız oldu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed</source>
        <translation>Arama başarısız oldu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the trained network</source>
        <translation>eğitilmiş ağ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the samples of %1…</source>
        <translation>%1 için örnekler hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching for a Lagrangian of %1…</source>
        <translation>%1 için bir Lagranjiyen aranıyor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping… the front found so far is refitted.</source>
        <translation>Durduruluyor… şimdiye kadar bulunan cephe yeniden uyduruluyor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search ended: %1, %2 candidates on the front.</source>
        <translation>Arama sona erdi: %1, cephede %2 aday var.</translation>
    </message>
</context>
<context>
    <name>lab::ParetoFrontPlot</name>
    <message>
        <location filename="../ui/paretofrontplot.cpp" line="+25"/>
        <source>Pareto front</source>
        <translation>Pareto cephesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complexity (nodes)</source>
        <translation>Karmaşıklık (düğüm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Front</source>
        <translation>Cephe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick</source>
        <translation>Seçilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected</source>
        <translation>İşaretli aday</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitPlot</name>
    <message>
        <location filename="../ui/phaseportraitplot.cpp" line="+30"/>
        <source>Phase portrait</source>
        <translation>Faz portresi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velocity</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model rollouts (epoch %1)</source>
        <translation>Modelin ürettiği yörüngeler (epok %1)</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitView</name>
    <message>
        <location filename="../ui/phaseportraitview.cpp" line="+15"/>
        <source>Coordinate:</source>
        <translation>Koordinat:</translation>
    </message>
</context>
<context>
    <name>lab::SystemPanel</name>
    <message>
        <location filename="../ui/systempanel.cpp" line="+40"/>
        <source>Mass</source>
        <translation>Kütle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 1</source>
        <translation>Kütle 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 2</source>
        <translation>Kütle 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Uzunluk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 1</source>
        <translation>Uzunluk 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 2</source>
        <translation>Uzunluk 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gravity</source>
        <translation>Yerçekimi ivmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spring constant</source>
        <translation>Yay sabiti</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pendulum</source>
        <translation>Sarkaç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass on a spring</source>
        <translation>Yaya bağlı kütle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double pendulum</source>
        <translation>Çift sarkaç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed Lagrangian</source>
        <translation>Yazılan Lagranjiyen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a Lagrangian…</source>
        <translation>Lagranjiyen yazın…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Simulated data</source>
        <translation>Benzetim verisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Standard deviation of the Gaussian noise added to the positions</source>
        <translation>Konumlara eklenen Gauss gürültüsünün standart sapması</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trajectories:</source>
        <translation>Yörüngeler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Süre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step:</source>
        <translation>Zaman adımı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise:</source>
        <translation>Gürültü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured data</source>
        <translation>Ölçülmüş veri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pivot at the origin</source>
        <translation>Dönme noktası orijinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the pivot to the arc</source>
        <translation>Dönme noktasını yaya uydur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pendulum angle</source>
        <translation>Sarkaç açısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartesian x and y</source>
        <translation>Kartezyen x ve y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import measured data…</source>
        <translation>Ölçülmüş veriyi içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the preset again</source>
        <translation>Hazır sisteme geri dön</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+225"/>
        <source>No file imported.</source>
        <translation>İçe aktarılmış dosya yok.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Pivot:</source>
        <translation>Dönme noktası:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Import measured data</source>
        <translation>Ölçülmüş veriyi içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured data (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Ölçülmüş veri (*.txt *.csv *.tsv *.dat);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 rows over %3 s, coordinates %4</source>
        <translation>%1: %3 s boyunca %2 satır, koordinatlar %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differentiator window: %1 samples. Estimated noise: %2 %3.</source>
        <translation>Türev alma penceresi: %1 örnek. Tahmini gürültü: %2 %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pivot at (%1 m, %2 m), radius %3 m.</source>
        <translation>Dönme noktası (%1 m, %2 m), yarıçap %3 m.</translation>
    </message>
</context>
<context>
    <name>lab::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Epoch:</source>
        <translation>Epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss:</source>
        <translation>Eğitim kaybı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss:</source>
        <translation>Doğrulama kaybı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left:</source>
        <translation>Kalan süre:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m epochs</source>
        <translation>%v / %m epok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (best %2)</source>
        <translation>%1 (en iyi %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples/s</source>
        <translation>saniyede %1 örnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
</context>
<context>
    <name>lab::TrainingSettingsPanel</name>
    <message>
        <location filename="../ui/trainingsettingspanel.cpp" line="+51"/>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per hidden layer</source>
        <translation>Gizli katman başına birim sayısı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of hidden layers</source>
        <translation>Gizli katman sayısı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double precision (float64)</source>
        <translation>Çift duyarlık (float64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width:</source>
        <translation>Genişlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth:</source>
        <translation>Derinlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation:</source>
        <translation>Aktivasyon:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Initial step size of Adam. A cosine schedule lowers it to 1 % of this value by the last epoch.</source>
        <translation>Adam&apos;ın başlangıç adım boyu. Kosinüs takvimi bunu son epoka kadar bu değerin yüzde 1&apos;ine düşürür.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epochs without a better validation loss before training stops</source>
        <translation>Eğitim durmadan önce doğrulama kaybının iyileşmeden geçebileceği epok sayısı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size:</source>
        <translation>Yığın boyutu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max epochs:</source>
        <translation>En fazla epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patience:</source>
        <translation>Sabır:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
</context>
<context>
    <name>lab::TypedLagrangianForm</name>
    <message>
        <location filename="../ui/typedlagrangianform.cpp" line="+51"/>
        <source>The Lagrangian L in the coordinates, their velocities NAME_dot and the parameters, e.g. 0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)</source>
        <translation>Koordinatlar, hızları AD_dot ve parametreler cinsinden Lagranjiyen L, örneğin 0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. theta1, theta2</source>
        <translation>örn. theta1, theta2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. m=1, g=9.81</source>
        <translation>örn. m=1, g=9.81</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L =</source>
        <translation>L =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parametreler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial positions:</source>
        <translation>Başlangıç konumları:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial velocities:</source>
        <translation>Başlangıç hızları:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The parameter &quot;%1&quot; is not written as NAME=VALUE. Write it as, for example, m=1.5.</source>
        <translation>&quot;%1&quot; parametresi AD=DEĞER biçiminde yazılmamış. Örneğin m=1.5 biçiminde yazın.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
</context>
</TS>
