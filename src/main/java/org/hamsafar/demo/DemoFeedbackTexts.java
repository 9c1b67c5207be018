package org.hamsafar.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.hamsafar.shared.Digits;

/**
 * What demo customers write in survey comments, by theme, in Persian and English. Written the way
 * people type: informal Persian with and without the zero-width non-joiner, now and then Arabic
 * ي and ك, Persian or Latin digits, emojis, negations ("بد نبود", "هیچ مشکلی نداشتم"), and two
 * themes in one comment. Placeholders: {n} a few days or times, {m} minutes, {k} thousand toman.
 * Text analytics is tested on these, so they vary on purpose.
 */
final class DemoFeedbackTexts {
    private DemoFeedbackTexts() {
    }

    enum Theme {
        LATE_DELIVERY(-1, List.of(
                "سفارشم {n} روز دیرتر از زمانی که گفته بودید رسید",
                "خیلی دیر رسید، قرار بود دو روزه برسه",
                "ارسال خیلی طول کشید، {n} روز منتظر موندم",
                "زمان تحویل اصلاً رعایت نشد",
                "بسته {n} روز بعد از موعد رسید و هیچ‌کس هم خبر نداد",
                "کالا خوب بود ولی ارسال افتضاح بود، یه هفته طول کشید",
                "تاخیر در ارسال داشتید و پیگیری هم فایده نداشت",
                "وقتی رسید دیگه لازمش نداشتم، برای تولد خریده بودم",
                "کد رهگیری چند روز اصلاً آپدیت نشد",
                "گفتین 48 ساعته می‌رسه ولی {n} روز طول کشید",
                "دفعه قبل هم دیر رسیده بود، این دفعه هم همین‌طور",
                "بقیه فروشگاه‌ها خیلی زودتر میارن",
                "زمان تحویل رو سه بار عقب انداختن",
                "هنوز که هنوزه منتظر بودم... بالاخره رسید ولی خیلی دیر",
                "تاخیر {n} روزه بدون هیچ توضیحی",
                "پیامک ارسال اومد ولی بسته تا {n} روز بعد نرسید",
                "تحویل دیر بود، بقیه چیزا اوکی بود",
                "اولین خریدم بود و متاسفانه با تاخیر زیاد رسید",
                "زمان‌بندی ارسالتون اصلاً قابل اعتماد نیست",
                "بسته‌م وسط راه گم شده بود و کلی دیر رسید",
                "اگه به موقع می‌رسید 10 می‌دادم",
                "منتظر موندن برای یه سفارش ساده واقعاً اعصاب‌خردکن بود",
                "هر روز پیگیری کردم تا بالاخره رسید",
                "نوشته بودید ارسال فوری، ولی {n} روز طول کشید",
                "سفارش توی انبار مونده بود و کسی خبر نداشت",
                "دیر رسیدن سفارش تنها مشکلم بود"), List.of(
                "My order arrived {n} days later than promised",
                "Delivery took far too long",
                "Waited {n} days for a simple order",
                "The delivery date was missed and nobody told me",
                "Tracking wasn't updated for days",
                "The product is fine but shipping was painfully slow",
                "It arrived too late for the birthday I bought it for",
                "Second late delivery in a row",
                "You promised 48 hours, it took {n} days",
                "Late again. Please fix your delivery times",
                "Would have given a 10 if it had arrived on time",
                "Delivery was late, everything else was ok")),
        COURIER(-1, List.of(
                "پیک خیلی بداخلاق بود",
                "مامور ارسال بدون هماهنگی اومد و چون خونه نبودم برگشت زد",
                "پیک جعبه رو پرت کرد جلوی در",
                "پیک زنگ نزد و بسته رو داد به نگهبانی",
                "آقای پیک گفت آدرس رو پیدا نمی‌کنه و نیومد",
                "بسته رو با جعبه‌ی له‌شده تحویل دادن",
                "پیک پول اضافه خواست",
                "رفتار مامور تحویل اصلاً حرفه‌ای نبود",
                "پیکتون تلفن رو جواب نمی‌داد",
                "ساعت 11 شب بسته رو آوردن!",
                "بسته خیس بود، معلومه زیر بارون مونده بوده",
                "مامور ارسال خیلی عجله داشت و نذاشت بسته رو چک کنم",
                "پیک گفت طبقه سوم بالا نمیام، خودتون بیاین پایین",
                "کارتن باز شده بود و چسبش کنده شده بود",
                "پیک پنج دقیقه قبل از رسیدن خبر داد",
                "وقت تحویل رو دو بار عوض کردن بدون اینکه بپرسن",
                "پیک محترم بود ولی بسته آسیب دیده بود",
                "برخورد پیک زننده بود، لطفاً پیگیری کنید",
                "مامور گفت کسی خونه نبوده در حالی که من خونه بودم!",
                "بسته رو گذاشته بودن پشت در ساختمون، نه دم در خونه"), List.of(
                "The courier was rude",
                "The driver left the parcel at the gate without calling",
                "The box was thrown at the door and got dented",
                "The courier said nobody was home, but I was",
                "Delivered at 11 pm, seriously?",
                "The courier refused to come up to my floor",
                "The parcel arrived wet and the box was open",
                "The delivery guy was in a rush and wouldn't let me check the package",
                "The courier was polite but the box was damaged",
                "Nobody called before the delivery")),
        FAST_DELIVERY(1, List.of(
                "زودتر از چیزی که فکر می‌کردم رسید",
                "ارسال خیلی سریع بود، یه روزه رسید",
                "همون روز بعد تحویل گرفتم",
                "بسته‌بندی تمیز و ارسال به موقع",
                "پیک خیلی مودب و خوش‌برخورد بود",
                "دقیقاً سر زمانی که گفته بودن رسید",
                "هیچ مشکلی با ارسال نداشتم",
                "از ارسال سریعتون ممنونم",
                "تحویل عالی بود، قبلش هم تماس گرفتن و هماهنگ کردن",
                "ارسال به شهرستان هم سریع بود",
                "کد رهگیری دقیق بود و همه چی معلوم بود",
                "مامور تحویل صبور بود و منتظر موند تا بیام پایین",
                "سفارش صبح ثبت کردم، عصر دستم بود",
                "ارسالتون خیلی بهتر شده"), List.of(
                "Arrived earlier than expected",
                "Next-day delivery, great",
                "Right on time and nicely packed",
                "The courier was friendly and called ahead",
                "No issues at all with the delivery",
                "Tracking was accurate the whole way",
                "Fast shipping even outside the city",
                "Delivery has really improved lately")),
        PRICE(-1, List.of(
                "قیمت‌ها نسبت به جاهای دیگه بالاتره",
                "هزینه ارسال خیلی زیاده",
                "گرون بود ولی چاره‌ای نداشتم",
                "تخفیف‌هاتون واقعی نیست، اول قیمت رو می‌برید بالا",
                "همین کالا رو جای دیگه {k} هزار تومن ارزون‌تر دیدم",
                "قیمتا هر هفته داره میره بالا",
                "برای این کیفیت، قیمتش زیاده",
                "هزینه ارسال از خود کالا گرون‌تر شد!",
                "کاش ارسال رایگان داشتید",
                "کد تخفیف روی سبدم اعمال نشد",
                "قیمت توی اپ با سایت فرق داشت",
                "با این قیمتا دیگه نمیشه خرید کرد",
                "نسبت به پارسال خیلی گرون‌تر شدید",
                "برای خرید بالای یک میلیون هم ارسال رایگان نیست",
                "قیمت موقع پرداخت {k} هزار تومن بیشتر از قیمت صفحه محصول بود",
                "قیمت‌گذاری‌تون منصفانه نیست"), List.of(
                "Prices are higher than elsewhere",
                "The shipping fee is way too high",
                "Found the same item cheaper at another shop",
                "Your discounts don't feel real",
                "Shipping cost more than the item itself",
                "The discount code didn't apply to my cart",
                "The price in the app was different from the website",
                "Too expensive for what you get",
                "Please offer free shipping")),
        GOOD_PRICE(1, List.of(
                "قیمتا منصفانه بود",
                "با تخفیف خیلی به‌صرفه شد",
                "از بازار ارزون‌تر بود",
                "ارسال رایگان خیلی خوب بود",
                "با این قیمت انتظار این کیفیت رو نداشتم",
                "کد تخفیف به موقع اومد، مرسی",
                "قیمتش مناسب بود و ارزش خرید داشت",
                "حراج آخر هفته‌تون عالی بود",
                "نسبت به جاهای دیگه {k} هزار تومن ارزون‌تر خریدم"), List.of(
                "Fair prices",
                "Great value with the discount",
                "Cheaper than the shops in town",
                "Free shipping was a nice touch",
                "Good value for money",
                "The weekend sale was excellent")),
        QUALITY(-1, List.of(
                "کالا با عکسش فرق داشت",
                "کیفیت پارچه خیلی پایین بود",
                "بعد از دو روز خراب شد",
                "سایزش با جدول سایز نمی‌خوند",
                "رنگش با چیزی که توی سایت بود فرق داشت",
                "کالا دست دوم به نظر می‌رسید",
                "یکی از قطعه‌ها توی جعبه نبود",
                "نوشته بودید گارانتی داره ولی نداشت",
                "کیفیتش اصلاً ارزش این قیمت رو نداشت",
                "شارژرش همون روز اول سوخت",
                "بوی نم می‌داد، انگار توی انبار مونده بود",
                "تاریخ مصرفش خیلی نزدیک بود",
                "دوختش از چند جا باز شده بود",
                "انتظار بیشتری داشتم، خیلی معمولی بود",
                "مطمئنم محصول اصل نبود",
                "عکسای سایت با واقعیت خیلی فرق داره"), List.of(
                "The item looked nothing like the photo",
                "It broke after two days",
                "The size chart is way off",
                "A part was missing from the box",
                "It felt used, not new",
                "The quality isn't worth the price",
                "The color was different from the website",
                "The charger died on the first day",
                "The expiry date was very close")),
        GOOD_QUALITY(1, List.of(
                "کیفیت عالی بود، دقیقاً مثل عکس",
                "جنسش خیلی خوبه",
                "اصل بود و گارانتی هم داشت",
                "از کیفیتش راضی‌ام",
                "بهتر از چیزی که فکر می‌کردم بود",
                "سایزش دقیق بود",
                "بسته‌بندیش عالی بود، هیچ آسیبی ندیده بود",
                "کیفیت کالا حرف نداره"), List.of(
                "Excellent quality, exactly like the photo",
                "Really good material",
                "Genuine product with a warranty",
                "Better than I expected",
                "The size was spot on",
                "Well packed, no damage at all")),
        SUPPORT_GOOD(1, List.of(
                "پشتیبان خیلی مودب و صبور بود",
                "مشکلم توی همون تماس اول حل شد",
                "خانمی که جواب داد خیلی خوب راهنمایی کرد",
                "آقای پشتیبان پیگیری کرد و خودش دوباره زنگ زد",
                "چت پشتیبانی سریع جواب داد",
                "سریع جواب دادن و مشکل رو حل کردن",
                "از برخورد کارشناس پشتیبانی ممنونم",
                "با اینکه مقصر خودم بودم خیلی محترمانه برخورد کردن",
                "پشتیبانیتون عالیه",
                "کارشناس کاملاً مسلط بود",
                "پشتیبانی بهتر از انتظارم بود"), List.of(
                "The agent was very polite and patient",
                "My problem was solved on the first call",
                "The support person followed up and called me back",
                "Quick answers in the chat",
                "Support sorted it out fast",
                "The agent knew exactly what to do",
                "Great support, thank you")),
        SUPPORT_BAD(-1, List.of(
                "پشتیبان اصلاً حوصله نداشت",
                "برخورد کارشناس خیلی بد بود",
                "هر بار زنگ زدم یه چیز متفاوت گفتن",
                "گفتن پیگیری می‌کنیم ولی هیچ خبری نشد",
                "تماسم وسط صحبت قطع شد و کسی دوباره زنگ نزد",
                "کارشناس اطلاعات کافی نداشت",
                "تیکت زدم، {n} روزه بی‌جواب مونده",
                "جوابای کپی‌پیست تحویل دادن",
                "سه بار تماس گرفتم تا بالاخره یکی جواب درست داد",
                "مشکلم هنوز حل نشده",
                "پشتیبان مودب بود ولی مشکلم حل نشد",
                "چت پشتیبانی فقط ربات بود",
                "فقط عذرخواهی کردن، هیچ راه‌حلی ندادن",
                "با لحن طلبکارانه جواب دادن",
                "کارشناس وسط حرفم قطع کرد"), List.of(
                "The agent clearly didn't care",
                "Every time I called I got a different answer",
                "They said they'd follow up and never did",
                "The call dropped and nobody called back",
                "The agent didn't know the answer",
                "My ticket has been open for {n} days",
                "Copy-paste answers, no real help",
                "The agent was polite but my problem is still not solved",
                "The chat was just a bot",
                "Lots of apologies, no solution")),
        WAITING(-1, List.of(
                "{m} دقیقه پشت خط موندم",
                "صف انتظار تلفن خیلی طولانیه",
                "بعد از {m} دقیقه انتظار تماس قطع شد",
                "توی چت {m} دقیقه طول کشید تا یکی جواب بده",
                "هر بار زنگ می‌زنم میگه همه کارشناسان مشغولند",
                "انتظار خیلی طولانی بود، ولی بعدش خوب راهنمایی کردن",
                "نیم ساعت آهنگ انتظار گوش دادم 😐",
                "ساعت کاری پشتیبانی خیلی کمه",
                "جواب تیکت {n} روز طول کشید",
                "پشت خط موندن خیلی خسته‌کننده بود"), List.of(
                "I was on hold for {m} minutes",
                "The phone queue is far too long",
                "The call dropped after {m} minutes of waiting",
                "It took {m} minutes for someone to answer the chat",
                "Always 'all agents are busy'",
                "The wait was long, but the agent was helpful",
                "Support hours are too short")),
        APP_CRASH(-1, List.of(
                "اپ موقع پرداخت بسته شد",
                "اپلیکیشن مدام کرش می‌کنه",
                "بعد از آپدیت جدید اپ خیلی کند شده",
                "دکمه پرداخت توی اپ کار نمی‌کنه",
                "سبد خریدم توی اپ خالی شد",
                "اپ روی گوشی اندرویدم باز نمیشه",
                "کد تایید پیامکی نمی‌اومد",
                "صفحه پرداخت توی اپ سفید میشه",
                "اپ هنگ کرد و مجبور شدم از سایت خرید کنم",
                "نسخه آیفون اپ پر از باگه",
                "جستجو توی اپ درست کار نمی‌کنه",
                "هر بار می‌خوام وارد شم از حسابم خارج میشه",
                "اپ خیلی سنگینه و دیر لود میشه"), List.of(
                "The app closed during payment",
                "The app keeps crashing",
                "The app got really slow after the last update",
                "The pay button in the app does nothing",
                "My cart emptied itself in the app",
                "The app won't open on my Android phone",
                "The payment screen in the app goes blank",
                "The app froze and I had to order on the website",
                "Search in the app doesn't work properly",
                "The app keeps logging me out")),
        PAYMENT_FAILED(-1, List.of(
                "پرداخت ناموفق بود ولی پول از حسابم کم شد",
                "درگاه پرداخت {n} بار خطا داد",
                "موقع پرداخت ارور داد و سفارش ثبت نشد",
                "پول کسر شد ولی سفارش ثبت نشد",
                "درگاه بانکی خیلی کنده",
                "پرداخت با کیف پول کار نکرد",
                "مجبور شدم سه بار پرداخت کنم تا ثبت شد",
                "رمز دوم رو زدم ولی برگشت به سبد خرید",
                "پرداخت توی اپ نشد، با سایت انجامش دادم",
                "بعد از پرداخت پیغام خطا اومد، ترسیدم دو بار کم بشه",
                "درگاه پرداخت تایم‌اوت شد",
                "مبلغ دو بار از کارتم کم شد!",
                "درگاه پرداخت توی اپ مشکل داره، لطفاً درستش کنید",
                "موقع پرداخت صفحه بانک باز نشد"), List.of(
                "Payment failed but my card was charged",
                "The payment gateway failed {n} times",
                "I got an error at payment and the order wasn't placed",
                "Money was taken but no order",
                "The bank page is very slow",
                "Paying with the wallet didn't work",
                "I had to pay three times before it went through",
                "Payment failed in the app, so I used the website",
                "The payment timed out",
                "I was charged twice!")),
        REFUND(-1, List.of(
                "پولم بعد از {n} روز هنوز برنگشته",
                "مرجوع کردن کالا خیلی سخته",
                "برای بازگشت وجه باید چند بار زنگ بزنم؟",
                "گفتن 72 ساعت کاری پول برمی‌گرده، یه هفته شد",
                "مرجوعی رو قبول نکردن چون جعبه رو باز کرده بودم",
                "هزینه مرجوعی رو باید خودم بدم؟!",
                "بالاخره پولم برگشت ولی خیلی طول کشید",
                "هیچ‌کس جواب نمیده پولم کجاست",
                "فرم مرجوعی توی سایت پیدا نمیشه"), List.of(
                "Still no refund after {n} days",
                "Returning an item is way too hard",
                "How many times do I have to call to get my money back?",
                "You said 72 hours for the refund, it's been a week",
                "They refused the return because I had opened the box",
                "I got my refund in the end, but it took forever")),
        PRAISE(1, List.of(
                "همه چیز عالی بود",
                "خیلی راضی بودم، حتماً دوباره خرید می‌کنم",
                "بهترین فروشگاه آنلاینی که تا حالا ازش خرید کردم",
                "تجربه خیلی خوبی بود",
                "هیچ مشکلی نداشتم",
                "مثل همیشه عالی",
                "به همه دوستام معرفیتون کردم",
                "خرید راحت، ارسال سریع، کیفیت خوب",
                "دمتون گرم",
                "از همه نظر راضی‌ام",
                "سایتتون راحته و همه چی به موقع رسید",
                "خیلی خوب بود مرسی",
                "چند ساله از شما خرید می‌کنم و هیچ‌وقت پشیمون نشدم",
                "عالی بود، فقط کاش تنوع بیشتری داشتید",
                "اعتماد کردم و پشیمون نشدم",
                "خسته نباشید، کارتون درسته"), List.of(
                "Everything was great",
                "Very happy, I'll definitely order again",
                "The best online shop I've used",
                "A really good experience",
                "No problems at all",
                "Great as always",
                "I've recommended you to all my friends",
                "Easy ordering, fast delivery, good quality",
                "Great, just wish you had more choice")),
        NEUTRAL(0, List.of(
                "بد نبود",
                "معمولی بود",
                "نه خوب بود نه بد",
                "بد نبود، ولی می‌تونست بهتر باشه",
                "در کل قابل قبول بود",
                "اوکی بود",
                "چیز خاصی نداشت",
                "راضی‌ام ولی نه خیلی",
                "تنوع کالا کمه",
                "انتظار بیشتری داشتم",
                "هنوز استفاده نکردم، بعداً نظر میدم",
                "بدک نبود"), List.of(
                "It was ok",
                "Not bad",
                "Average experience",
                "Fine, nothing special",
                "Could be better",
                "Good enough",
                "Haven't used it yet, will see")),
        DELIVERY_OK(0, List.of(
                "مشکلی نبود، فقط کمی دیر رسید",
                "قیمت خوب بود ولی ارسال معمولی",
                "یه روز دیرتر رسید ولی اشکال نداره",
                "ارسال معمولی بود، نه سریع نه کند",
                "بد نبود، ولی ارسال می‌تونست سریع‌تر باشه",
                "کالا سالم رسید، فقط بسته‌بندی یه کم ضعیف بود"), List.of(
                "Fine, just a day late",
                "Decent, but delivery could be faster",
                "Delivery was ok, nothing special",
                "Arrived intact, packaging a bit flimsy")),
        EASY(1, List.of(
                "خیلی راحت بود",
                "هیچ مشکلی نداشتم، همه چی واضح بود",
                "پرداخت با یه کلیک انجام شد",
                "ثبت سفارش سریع و ساده بود",
                "همه چیز سر جاش بود، راحت پیدا کردم",
                "مراحل خرید کوتاهه",
                "اپ خیلی روونه",
                "سخت نبود اصلاً"), List.of(
                "Very easy",
                "No problems, everything was clear",
                "Paid in one tap",
                "Ordering was quick and simple",
                "Everything was where I expected",
                "The app runs smoothly")),
        EASY_FORM(1, List.of(
                "فرم پشتیبانی ساده و سریع بود",
                "راحت پیدا کردم کجا باید درخواست بدم",
                "فرم کوتاه بود و زود جواب گرفتم",
                "ثبت درخواست خیلی راحت بود"), List.of(
                "The support form was short and simple",
                "Easy to find where to ask for help",
                "Quick form, quick answer")),
        HARD_FORM(-1, List.of(
                "پیدا کردن بخش پیگیری سفارش سخت بود",
                "فرم تماس با پشتیبانی خیلی طولانیه",
                "نمیشه عکس ضمیمه کرد",
                "گزینه‌ی مرجوعی توی سایت پیدا نمیشه",
                "بعد از ارسال فرم هیچ پیامی نیومد که ثبت شده یا نه",
                "مجبور شدم کل فرم رو دوباره پر کنم",
                "توی فرم گزینه‌ای برای مشکل من نبود"), List.of(
                "Hard to find where to track my order",
                "The contact form is far too long",
                "I can't attach a photo",
                "No confirmation after sending the form",
                "I had to fill in the whole form again")),
        HARD_CHECKOUT(-1, List.of(
                "مراحل خرید زیادی طولانیه",
                "سایت روی موبایل درست نمایش داده نمیشه",
                "انتخاب آدرس و زمان ارسال گیج‌کننده بود",
                "نمی‌دونستم کد تخفیف رو کجا باید وارد کنم",
                "هزینه ارسال رو آخر کار نشون داد",
                "هر بار باید آدرسم رو از اول وارد کنم",
                "برای خرید مجبور شدم دوباره وارد حسابم بشم"), List.of(
                "Checkout has too many steps",
                "The site doesn't display properly on my phone",
                "Choosing the address and delivery slot was confusing",
                "The shipping fee only showed up at the very end",
                "I have to type my address again every time")),
        STORE_GOOD(1, List.of(
                "فروشنده‌ها خیلی خوش‌برخورد بودن",
                "فروشگاه تمیز و مرتب بود",
                "فروشنده با حوصله همه مدل‌ها رو نشونم داد",
                "صف صندوق کوتاه بود و زود کارم راه افتاد",
                "تونستم قبل از خرید امتحانش کنم، عالی بود",
                "شعبه‌ی جدیدتون خیلی قشنگه"), List.of(
                "Friendly staff in the store",
                "The shop was clean and tidy",
                "The sales assistant was patient and helpful",
                "Short queue at the till")),
        STORE_BAD(-1, List.of(
                "صف صندوق خیلی شلوغ بود",
                "فروشنده اطلاعات کافی نداشت",
                "کالایی که توی سایت موجود بود توی فروشگاه نبود",
                "پارکینگ نداره و جای پارک پیدا نمیشه",
                "کسی نبود راهنمایی کنه",
                "کارتخوان فروشگاه خراب بود"), List.of(
                "Long queue at the till",
                "The staff didn't know the products",
                "In stock online, not in the store",
                "Nobody there to help",
                "The card machine was broken")),
        ONBOARDING_GOOD(1, List.of(
                "ثبت‌نام خیلی سریع بود",
                "با کد تخفیف اولین خرید خیلی خوشحال شدم",
                "راهنمای اپ مفید بود",
                "همه چی ساده و روشن بود",
                "از ایمیل خوشامدگویی‌تون خوشم اومد",
                "اولین خریدم بدون دردسر بود"), List.of(
                "Signing up was quick",
                "The first-order discount was a nice welcome",
                "The app tour was helpful",
                "Everything was simple and clear")),
        ONBOARDING_BAD(-1, List.of(
                "کد تایید خیلی دیر میاد",
                "فرم ثبت‌نام خیلی طولانیه",
                "چرا باید کد ملی بدم؟",
                "ایمیل تایید رفته بود توی اسپم",
                "رمز عبورم قبول نمی‌شد و نمی‌گفت چرا",
                "آدرسم رو سه بار وارد کردم تا ذخیره شد"), List.of(
                "The verification code takes ages",
                "The sign-up form is too long",
                "I couldn't register with my foreign phone number",
                "The confirmation e-mail went to spam",
                "It kept rejecting my password without saying why"));

        /** -1 unhappy, 0 neutral, 1 happy: which emojis and openers fit. */
        final int mood;
        final List<String> fa;
        final List<String> en;

        Theme(int mood, List<String> fa, List<String> en) {
            this.mood = mood;
            this.fa = fa;
            this.en = en;
        }
    }

    private static final List<String> UNHAPPY_FA_OPENERS = List.of("متاسفانه ", "سلام، ", "راستش ", "ببینید، ");
    private static final List<String> HAPPY_FA_OPENERS = List.of("سلام، ", "واقعاً ", "خداییش ");
    private static final List<String> UNHAPPY_ENDINGS = List.of(" 😡", " 😞", "!!", " 👎", "...", "!!!", " 😤");
    private static final List<String> HAPPY_ENDINGS = List.of(" 🙏", " 😊", " 👌", " ❤️", " 🌹", "!", " 👍", " 💯");
    private static final List<String> NEUTRAL_ENDINGS = List.of(" 🙂", ".", " 🤷");

    /** A comment on {@code theme} in {@code language} (fa or en). */
    static String comment(SplittableRandom random, String language, Theme theme) {
        boolean fa = !"en".equals(language);
        List<String> pool = fa ? theme.fa : theme.en;
        String text = fill(pick(random, pool), random);
        if (fa && theme.mood != 0 && random.nextDouble() < 0.25) {
            text = pick(random, theme.mood > 0 ? HAPPY_FA_OPENERS : UNHAPPY_FA_OPENERS) + text;
        }
        return finish(random, fa, theme.mood, text);
    }

    /** Two themes in one comment ("late, and support never called back"). */
    static String comment(SplittableRandom random, String language, Theme first, Theme second) {
        boolean fa = !"en".equals(language);
        String a = fill(pick(random, fa ? first.fa : first.en), random);
        String b = fill(pick(random, fa ? second.fa : second.en), random);
        boolean ended = a.endsWith("!") || a.endsWith("?") || a.endsWith(".");
        String joined = fa ? a + (ended ? " " : random.nextBoolean() ? ". " : "، تازه ") + b
                : a + (ended ? " " : ". ") + (random.nextBoolean() ? "Also, " + lowerFirst(b) : b);
        return finish(random, fa, Math.min(first.mood, second.mood), joined);
    }

    private static String finish(SplittableRandom random, boolean fa, int mood, String text) {
        if (random.nextDouble() < 0.3) {
            text = text + pick(random, mood < 0 ? UNHAPPY_ENDINGS : mood > 0 ? HAPPY_ENDINGS : NEUTRAL_ENDINGS);
        }
        return fa ? informalPersian(random, text, mood) : casualEnglish(random, text);
    }

    /** Placeholders with their numbers. */
    private static String fill(String template, SplittableRandom random) {
        return template.replace("{n}", Integer.toString(2 + random.nextInt(7)))
                .replace("{m}", Integer.toString(10 * (2 + random.nextInt(5))))
                .replace("{k}", Integer.toString(10 * (2 + random.nextInt(15))));
    }

    /**
     * Most Persian writers type Persian digits; many leave out the zero-width non-joiner or put a
     * space in its place; a few keyboards give Arabic ي and ك; happy writers stretch letters.
     */
    private static String informalPersian(SplittableRandom random, String text, int mood) {
        if (random.nextDouble() < 0.75) {
            text = Digits.persian(text);
        }
        double joiner = random.nextDouble();
        if (joiner < 0.2) {
            text = text.replace("\u200c", "");
        } else if (joiner < 0.35) {
            text = text.replace("\u200c", " ");
        }
        if (random.nextDouble() < 0.05) {
            text = text.replace('ی', 'ي').replace('ک', 'ك');
        }
        if (mood > 0 && random.nextDouble() < 0.15) {
            text = text.replaceFirst("خیلی", "خیلیییی");
        }
        return text;
    }

    private static String casualEnglish(SplittableRandom random, String text) {
        return random.nextDouble() < 0.15 ? lowerFirst(text) : text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
