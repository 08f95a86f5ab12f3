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
        <location filename="../app/commandline.cpp" line="+12"/>
        <source>usage: lagrangian-lab [COMMAND] [OPTIONS]
Without a command, starts the lab&apos;s window.

commands:
  train          train a Lagrangian neural network on a preset system or measured data
  accelerations  print a trained model&apos;s accelerations at one state as JSON

Run &apos;lagrangian-lab COMMAND --help&apos; for the options of a command.
</source>
        <translation>kullanım: lagrangian-lab [KOMUT] [SEÇENEKLER]
Komut verilmezse laboratuvarın penceresini açar.

komutlar:
  train          hazır bir sistem veya ölçülmüş veri üzerinde Lagrange sinir ağı eğitir
  accelerations  eğitilmiş bir modelin tek bir durumdaki ivmelerini JSON olarak yazdırır

Bir komutun seçenekleri için &apos;lagrangian-lab KOMUT --help&apos; çalıştırın.
</translation>
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
        <location filename="../app/trainoptions.cpp" line="+22"/>
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
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Seconds per simulated run (default 10).</source>
        <translation>Koşu başına saniye (varsayılan 10).</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>Rastgele tohum (varsayılan 1).</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/mainwindow.cpp" line="+43"/>
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
        <location line="+69"/>
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
        <location line="+130"/>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>S&amp;top</source>
        <translation>D&amp;urdur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+35"/>
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
        <location line="+31"/>
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
        <location line="+38"/>
        <source>Ready to train on %1. Press Start (Ctrl+R).</source>
        <translation>%1 üzerinde eğitime hazır. Başlat düğmesine basın (Ctrl+R).</translation>
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
        <location line="+29"/>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velocity</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location filename="../ui/systempanel.cpp" line="+36"/>
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
        <location line="+18"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+183"/>
        <source>No file imported.</source>
        <translation>İçe aktarılmış dosya yok.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Pivot:</source>
        <translation>Dönme noktası:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+115"/>
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
        <location line="+57"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-55"/>
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
        <location line="+18"/>
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
</TS>
